package cn.yiwang.common.problem;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMessagesTest {

    private final Problems problems = new Problems(ProblemMessages.platformOnly());

    @Test
    void callersWhoStateNoLanguageReadChinese() {
        assertThat(ProblemMessages.resolveLocale(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ProblemMessages.resolveLocale("")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void englishIsChosenFromAnyEnglishPreference() {
        assertThat(ProblemMessages.resolveLocale("en-GB,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.resolveLocale("fr;q=0.9, en-US;q=0.5")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aMalformedAcceptLanguageFallsBackToChineseInsteadOfFailing() {
        assertThat(ProblemMessages.resolveLocale(";;;q=abc")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aNotFoundProblemNamesWhatWasMissingInTheCallersLanguage() {
        ProblemDetail zh = problems.of(ProblemException.notFound("办件", "A-1"), Locale.SIMPLIFIED_CHINESE, "/api/v1/cases/A-1");
        ProblemDetail en = problems.of(ProblemException.notFound("case", "A-1"), Locale.ENGLISH, "/api/v1/cases/A-1");
        assertThat(zh.getType().toString()).isEqualTo("urn:yiwang:problem:not-found");
        assertThat(zh.getStatus()).isEqualTo(404);
        assertThat(zh.getTitle()).isEqualTo("资源不存在");
        assertThat(zh.getDetail()).contains("办件").contains("A-1");
        assertThat(en.getTitle()).isEqualTo("Not found");
        assertThat(en.getDetail()).isEqualTo("No case \"A-1\" was found.");
    }

    @Test
    void aRuleViolationListsEveryFailingElement() {
        ProblemDetail body = problems.of(ProblemException.unprocessable(List.of(
                new Violation("promisedLimit", "exceeds-legal-limit", "承诺时限不得超过法定时限"),
                new Violation("implementingBody.creditCode", "check-digit", "统一社会信用代码校验位错误"))),
                Locale.SIMPLIFIED_CHINESE, "/api/v1/catalog/items");
        assertThat(body.getStatus()).isEqualTo(422);
        assertThat(body.getType().toString()).isEqualTo("urn:yiwang:problem:rule-violated");
        assertThat(body.getProperties()).containsKey("errors");
        assertThat(body.getProperties().get("errors").toString())
                .contains("promisedLimit").contains("implementingBody.creditCode");
    }

    @Test
    void everyKindHasATitleInBothLanguages() {
        ProblemMessages messages = ProblemMessages.platformOnly();
        for (ProblemKind kind : ProblemKind.values()) {
            assertThat(messages.title(kind, Locale.SIMPLIFIED_CHINESE)).as(kind.name()).isNotEqualTo(kind.slug());
            assertThat(messages.title(kind, Locale.ENGLISH)).as(kind.name()).isNotEqualTo(kind.slug());
        }
    }
}
