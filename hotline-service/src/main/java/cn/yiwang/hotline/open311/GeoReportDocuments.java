package cn.yiwang.hotline.open311;

import tools.jackson.databind.json.JsonMapper;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * Writes GeoReport v2 documents in both formats from the same ordered maps, so JSON and XML
 * always carry the same fields: JSON as the spec's arrays of objects with every field present
 * (null when empty), XML with the spec's root and item elements ({@code <services><service>},
 * {@code <service_requests><request>}, {@code <errors><error>}) and empty elements for empty
 * fields. Nested lists name their items as the spec does ({@code attributes/attribute},
 * {@code values/value}).
 */
public final class GeoReportDocuments {

    /** Plain Jackson: the platform's mapper leaves out nulls, the spec's clients expect every field. */
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> ITEM_NAMES = Map.of("attributes", "attribute", "values", "value");

    private GeoReportDocuments() {
    }

    public static String json(Object document) {
        return JSON.writeValueAsString(document);
    }

    /** A list document: {@code <root><item>…</item>…</root>}. */
    public static String xmlList(String root, String item, List<? extends Map<String, ?>> entries) {
        return write(writer -> {
            writer.writeStartElement(root);
            for (Map<String, ?> entry : entries) {
                element(writer, item, entry);
            }
            writer.writeEndElement();
        });
    }

    /** A single document: {@code <root>fields</root>}. */
    public static String xmlObject(String root, Map<String, ?> fields) {
        return write(writer -> element(writer, root, fields));
    }

    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter writer, String name, Map<String, ?> fields) throws XMLStreamException {
        writer.writeStartElement(name);
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            Object value = field.getValue();
            if (value instanceof List<?> list) {
                writer.writeStartElement(field.getKey());
                String itemName = ITEM_NAMES.getOrDefault(field.getKey(), "item");
                for (Object item : list) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> itemFields = (Map<String, ?>) item;
                    element(writer, itemName, itemFields);
                }
                writer.writeEndElement();
            } else {
                writer.writeStartElement(field.getKey());
                if (value != null) {
                    writer.writeCharacters(String.valueOf(value));
                }
                writer.writeEndElement();
            }
        }
        writer.writeEndElement();
    }
}
