package cn.yiwang.hotline.open311.web;

import cn.yiwang.hotline.open311.GeoReportDocuments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

/** The two GeoReport v2 formats, chosen by the path's extension. */
enum Open311Format {
    JSON(MediaType.APPLICATION_JSON), XML(MediaType.APPLICATION_XML);

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    static Open311Format of(String extension) {
        return "xml".equalsIgnoreCase(extension) ? XML : JSON;
    }

    /** The format of a request path: {@code …/requests.xml} → XML; anything else JSON. */
    static Open311Format ofPath(String path) {
        return path != null && path.endsWith(".xml") ? XML : JSON;
    }

    ResponseEntity<String> list(String root, String item, List<? extends Map<String, ?>> entries) {
        return respond(200, this == XML ? GeoReportDocuments.xmlList(root, item, entries) : GeoReportDocuments.json(entries));
    }

    ResponseEntity<String> object(String root, Map<String, ?> fields) {
        return respond(200, this == XML ? GeoReportDocuments.xmlObject(root, fields) : GeoReportDocuments.json(fields));
    }

    ResponseEntity<String> respond(int status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType(mediaType, java.nio.charset.StandardCharsets.UTF_8))
                .body(body);
    }
}
