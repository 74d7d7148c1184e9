package cn.yiwang.hotline.open311;

/** An error answered in the GeoReport v2 error format: a list of {code, description}. */
public class Open311Exception extends RuntimeException {

    private final int code;

    public Open311Exception(int code, String description) {
        super(description);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
