package cn.yiwang.cases.item;

/** The latest version of the item was withdrawn from the catalog: it takes no new applications. */
public class ItemWithdrawnException extends RuntimeException {

    private final transient PublishedItem item;

    public ItemWithdrawnException(PublishedItem item) {
        super("item " + item.implementationCode() + " v" + item.version() + " is withdrawn");
        this.item = item;
    }

    public PublishedItem item() {
        return item;
    }
}
