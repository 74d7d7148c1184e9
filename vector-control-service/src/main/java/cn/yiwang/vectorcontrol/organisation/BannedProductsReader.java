package cn.yiwang.vectorcontrol.organisation;

import cn.yiwang.vectorcontrol.organisation.domain.BannedProducts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the banned-products list from its data file. */
public final class BannedProductsReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BannedProductsReader() {
    }

    public static BannedProducts readResource(String path) {
        try (InputStream in = BannedProductsReader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no banned-products list at classpath:" + path);
            }
            JsonNode root = JSON.readTree(in);
            List<BannedProducts.Substance> substances = new ArrayList<>();
            for (JsonNode node : root.required("substances")) {
                List<String> names = new ArrayList<>();
                node.required("names").forEach(name -> names.add(name.asString()));
                substances.add(new BannedProducts.Substance(node.required("name").asString(), names,
                        node.required("basis").asString()));
            }
            return new BannedProducts(root.required("version").asString(),
                    Pattern.compile(root.required("registrationNumberPattern").asString()), substances);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
