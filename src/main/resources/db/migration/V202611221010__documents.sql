-- Module documents: what is known of each stored document. The content lives in the document
-- store (file system or S3) under the id; who a document belongs to is recorded by the module
-- that asked for it to be stored.
CREATE TABLE stored_document (
    id          uuid PRIMARY KEY,
    file_name   varchar(120) NOT NULL,
    media_type  varchar(100) NOT NULL,
    size_bytes  bigint       NOT NULL CHECK (size_bytes > 0),
    sha256      char(64)     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    stored_at   timestamptz  NOT NULL
);
