// Names of Docker Official Images (docker.io/library/*) that Dockerfiles copy from without a tag.
// `COPY --from=composer /usr/bin/composer …` pulls composer:latest: a real image, not a stage typo.

/**
 * Current Docker Official Images, as listed in docker-library/official-images `library/`
 * (the repositories behind hub.docker.com/_/NAME). Not exhaustive: the catalog's own images are
 * found through lookupImage; this list covers the rest that people copy tools out of.
 */
export const OFFICIAL_IMAGES: ReadonlySet<string> = new Set([
  'adminer', 'almalinux', 'alpine', 'amazoncorretto', 'amazonlinux', 'arangodb', 'archlinux', 'bash', 'bonita',
  'buildpack-deps', 'busybox', 'caddy', 'cassandra', 'chronograf', 'clearlinux', 'clojure', 'composer', 'couchbase',
  'couchdb', 'crate', 'dart', 'debian', 'docker', 'drupal', 'eclipse-mosquitto', 'eclipse-temurin', 'eggdrop',
  'elasticsearch', 'elixir', 'erlang', 'fedora', 'flink', 'fluentd', 'gazebo', 'gcc', 'geonetwork', 'ghost',
  'golang', 'gradle', 'groovy', 'haproxy', 'haskell', 'hello-world', 'httpd', 'hylang', 'ibm-semeru-runtimes',
  'influxdb', 'irssi', 'jetty', 'joomla', 'jruby', 'julia', 'kapacitor', 'kibana', 'kong', 'liquibase',
  'logstash', 'mariadb', 'matomo', 'maven', 'mediawiki', 'memcached', 'mongo', 'mongo-express', 'mono', 'mysql',
  'nats', 'neo4j', 'neurodebian', 'nextcloud', 'nginx', 'node', 'odoo', 'open-liberty', 'openjdk', 'oraclelinux',
  'orientdb', 'percona', 'perl', 'photon', 'php', 'php-zendserver', 'phpmyadmin', 'plone', 'postfixadmin',
  'postgres', 'pypy', 'python', 'r-base', 'rabbitmq', 'redis', 'redmine', 'registry', 'rethinkdb', 'rocket.chat',
  'rockylinux', 'ros', 'ruby', 'rust', 'sapmachine', 'satosa', 'silverpeas', 'solr', 'sonarqube', 'spark',
  'spiped', 'swift', 'teamspeak', 'telegraf', 'tomcat', 'tomee', 'traefik', 'ubuntu', 'unit', 'varnish',
  'websphere-liberty', 'wordpress', 'xwiki', 'yourls', 'znc', 'zookeeper',
]);
