package cn.yiwang.cases.bundle;

/** The latest version of the bundle was withdrawn from the catalog: it takes no new applications. */
public class BundleWithdrawnException extends RuntimeException {

    private final transient PublishedBundle bundle;

    public BundleWithdrawnException(PublishedBundle bundle) {
        super("bundle " + bundle.bundleId() + " v" + bundle.version() + " is withdrawn");
        this.bundle = bundle;
    }

    public PublishedBundle bundle() {
        return bundle;
    }
}
