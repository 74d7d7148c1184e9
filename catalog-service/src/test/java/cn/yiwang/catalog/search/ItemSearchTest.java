package cn.yiwang.catalog.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemSearchTest {

    @Test
    void aKeywordIsLookedUpByItsCharacterPairs() {
        assertThat(ItemSearch.grams("户籍迁移")).containsExactly("户籍", "籍迁", "迁移");
        assertThat(ItemSearch.grams("证")).containsExactly("证");
        assertThat(ItemSearch.grams("哈哈哈")).as("each pair once").containsExactly("哈哈");
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOneCharacter() {
        assertThat(ItemSearch.grams("𠀀办")).containsExactly("𠀀办");
        assertThat(ItemSearch.grams("𠀀")).containsExactly("𠀀");
    }

    @Test
    void quotesAndBackslashesInAKeywordCannotBreakTheArrayParameter() {
        assertThat(ItemSearch.arrayLiteral(new String[]{"a\"", "\\b"})).isEqualTo("{\"a\\\"\",\"\\\\b\"}");
    }
}
