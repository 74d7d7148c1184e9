#!/bin/sh
# Builds the images of the gateway and the six services with Jib, without a container engine:
# each to <module>/target/jib-image.tar (default), or pushed to a registry:
#   deploy/compose/build-images.sh                                   all seven, as tars
#   MODULES="gateway case-service" deploy/compose/build-images.sh    some of them
#   JIB_GOAL=build JIB_REGISTRY=registry.example deploy/compose/build-images.sh
#   deploy/compose/build-images.sh -Djib.from.image=mirror.example/eclipse-temurin:17-jre
# Further arguments go to Maven. Images: yiwang/<module>:<project version> (or
# $JIB_REGISTRY/yiwang/<module>:<version>), base eclipse-temurin:17-jre, user 65532.
set -eu
cd "$(dirname "$0")/../.."
goal=${JIB_GOAL:-buildTar}
port_of() {
  case $1 in
    gateway) echo 8080 ;; catalog-service) echo 8081 ;; case-service) echo 8082 ;;
    review-service) echo 8083 ;; certificate-service) echo 8084 ;; hotline-service) echo 8085 ;;
    vector-control-service) echo 8086 ;;
    *) echo "unknown module: $1" >&2; exit 1 ;;
  esac
}
modules=${MODULES:-gateway catalog-service case-service review-service certificate-service hotline-service vector-control-service}
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n1)
for module in $modules; do
  port=$(port_of "$module")
  to=""
  [ -z "${JIB_REGISTRY:-}" ] || to="-Djib.to.image=$JIB_REGISTRY/yiwang/$module:$version"
  # -am builds common-lib in the same reactor (no install); jib.containerize makes Jib skip every
  # module but this one. Tests are CI's job.
  ./mvnw -B -ntp -DskipTests -pl "$module" -am package "jib:$goal" \
    "-Djib.containerize=cn.yiwang:$module" "-Djib.container.ports=$port" $to "$@"
done
