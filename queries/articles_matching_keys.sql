-- The stored articles whose url is one of $urls or whose content_sha256 is one of $hashes: the
-- duplicates of a batch about to be written.
-- Parameters: $urls (varchar[]), $hashes (varchar[]).
select
    article_id,
    url,
    content_sha256
from articles
where url in (select unnest($urls))
    or content_sha256 in (select unnest($hashes))
