package cn.yiwang.certificate;

import cn.yiwang.certificate.type.domain.Metadata;
import cn.yiwang.certificate.type.domain.MetadataSchema;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.TreeMap;

/**
 * Spring Data JDBC with the service's value types stored as JSON text: metadata and metadata
 * schemas are read and written whole, never queried field by field.
 */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration extends AbstractJdbcConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected List<?> userConverters() {
        return List.of(new MetadataToText(), new TextToMetadata(), new SchemaToText(), new TextToSchema());
    }

    @WritingConverter
    static class MetadataToText implements Converter<Metadata, String> {
        @Override
        public String convert(Metadata source) {
            return JSON.writeValueAsString(source.values());
        }
    }

    @ReadingConverter
    static class TextToMetadata implements Converter<String, Metadata> {
        @Override
        public Metadata convert(String source) {
            return new Metadata(JSON.readValue(source, new TypeReference<TreeMap<String, String>>() { }));
        }
    }

    @WritingConverter
    static class SchemaToText implements Converter<MetadataSchema, String> {
        @Override
        public String convert(MetadataSchema source) {
            return JSON.writeValueAsString(source.fields());
        }
    }

    @ReadingConverter
    static class TextToSchema implements Converter<String, MetadataSchema> {
        @Override
        public MetadataSchema convert(String source) {
            return new MetadataSchema(JSON.readValue(source,
                    new TypeReference<List<cn.yiwang.certificate.type.domain.FieldDefinition>>() { }));
        }
    }
}
