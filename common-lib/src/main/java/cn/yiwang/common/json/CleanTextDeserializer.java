package cn.yiwang.common.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/** Jackson's own string reading, then the {@link CleanText} check; a failure becomes a 400 problem. */
final class CleanTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = super.deserialize(parser, context);
        if (value != null && !CleanText.isClean(value)) {
            return (String) context.handleWeirdStringValue(String.class, value,
                    "text must not contain control characters or broken Unicode");
        }
        return value;
    }
}
