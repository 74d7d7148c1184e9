package cn.yiwang.common.events;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the event as JSON bytes like Modulith's default converter, but without Spring's
 * {@code __TypeId__} header: it would publish the producer's Java class name, which consumers in
 * other services must neither see nor depend on (they read the payload with their own records).
 */
public class PayloadOnlyJsonMessageConverter extends ByteArrayJacksonJsonMessageConverter {

    public PayloadOnlyJsonMessageConverter(JsonMapper jsonMapper) {
        super(jsonMapper);
    }

    @Override
    protected Headers initialRecordHeaders(Message<?> message) {
        return new RecordHeaders();
    }
}
