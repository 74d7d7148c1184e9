#!/bin/sh
# Builds the images of the gateway and the six services with Jib, without a container engine:
# each to <module>/target/jib-image.tar (default), or pushed to a registry with
#   JIB_GOAL=build JIB_REGISTRY=registry.example deploy/compose/build-images.sh
# Images: yiwang/<module>:<project version>, base eclipse-temurin:17-jre, user 65532.
set -eu
cd "$(dirname "$0")/../.."
goal=${JIB_GOAL:-buildTar}
modules="gateway:8080 catalog-service:8081 case-service:8082 review-service:8083 certificate-service:8084 hotline-service:8085 vector-control-service:8086"
# Module by module: -am builds common-lib in the same reactor (no install), jib.containerize
# makes Jib skip every module but the one named. Tests are CI's job.
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n1)
for entry in $modules; do
  module=${entry%:*}
  port=${entry#*:}
  set -- -Djib.containerize=cn.yiwang:$module -Djib.container.ports=$port
  if [ -n "${JIB_REGISTRY:-}" ]; then
    set -- "$@" -Djib.to.image="$JIB_REGISTRY/yiwang/$module:$version"
  fi
  ./mvnw -B -ntp -DskipTests -pl "$module" -am package "jib:$goal" "$@"
done
