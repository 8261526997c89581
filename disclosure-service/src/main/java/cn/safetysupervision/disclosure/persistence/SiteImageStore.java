package cn.safetysupervision.disclosure.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import cn.safetysupervision.disclosure.config.DisclosureConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/** The cleaned public copies of site images, in GridFS (bucket {@code site_images}, file name = evidence id). */
@ApplicationScoped
public class SiteImageStore {

    private final GridFSBucket bucket;

    SiteImageStore(MongoClient client, DisclosureConfig config) {
        this.bucket = GridFSBuckets.create(client.getDatabase(config.mongodb().database()), "site_images");
    }

    public record StoredImage(byte[] bytes, String mediaType, String sha256) {
    }

    /** Replaces any earlier copy of this image (a crash after an upload re-uploads, leaving one file). */
    public void put(String evidenceId, byte[] bytes, String mediaType, String sha256) {
        for (GridFSFile old : bucket.find(Filters.eq("filename", evidenceId))) {
            bucket.delete(old.getObjectId());
        }
        bucket.uploadFromStream(evidenceId, new ByteArrayInputStream(bytes), new GridFSUploadOptions()
                .metadata(new Document("mediaType", mediaType).append("sha256", sha256)));
    }

    public Optional<StoredImage> get(String evidenceId) {
        GridFSFile file = bucket.find(Filters.eq("filename", evidenceId)).first();
        if (file == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) file.getLength());
        bucket.downloadToStream(file.getObjectId(), out);
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        return Optional.of(new StoredImage(out.toByteArray(), metadata.getString("mediaType"), metadata.getString("sha256")));
    }
}
