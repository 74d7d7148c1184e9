package cn.yiwang.catalog.support;

import cn.yiwang.catalog.guide.Guide;
import org.postgresql.util.PGobject;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Spring Data JDBC with the value types that live in JSONB columns. */
@Configuration(proxyBeanMethods = false)
public class JdbcConfiguration extends AbstractJdbcConfiguration {

    /** Types stored whole as JSONB. */
    static final Set<Class<?>> JSONB_TYPES = Set.of(Guide.class);

    @Override
    protected List<?> userConverters() {
        return List.of(new ToJsonb(), new FromJsonb());
    }

    @WritingConverter
    static final class ToJsonb implements GenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return JSONB_TYPES.stream().map(type -> new ConvertiblePair(type, PGobject.class)).collect(Collectors.toSet());
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            PGobject json = new PGobject();
            json.setType("jsonb");
            try {
                json.setValue(CatalogJson.write(source));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return json;
        }
    }

    @ReadingConverter
    static final class FromJsonb implements GenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return JSONB_TYPES.stream().map(type -> new ConvertiblePair(PGobject.class, type)).collect(Collectors.toSet());
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return source == null ? null : CatalogJson.read(((PGobject) source).getValue(), targetType.getType());
        }
    }
}
