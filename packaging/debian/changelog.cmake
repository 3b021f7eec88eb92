# Writes changelog.Debian.gz from changelog.in at build time (called by packaging/CMakeLists.txt):
#   cmake -DTEMPLATE=changelog.in -DOUTPUT=.../changelog.Debian.gz -DGZIP=/usr/bin/gzip
#         -DPROJECT_VERSION=0.1.0 -DLINKDECK_DEB_VERSION=0.1.0-1 -DLINKDECK_DEB_MAINTAINER="Name <mail>"
#         -P changelog.cmake
# The date is the build time in UTC, or SOURCE_DATE_EPOCH when set (reproducible builds).
include("${CMAKE_CURRENT_LIST_DIR}/../scripthelpers.cmake")
linkdeck_require(changelog.cmake TEMPLATE OUTPUT GZIP PROJECT_VERSION LINKDECK_DEB_VERSION LINKDECK_DEB_MAINTAINER)

string(TIMESTAMP LINKDECK_DEB_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
string(REGEX REPLACE "\\.gz$" "" plain "${OUTPUT}")
configure_file("${TEMPLATE}" "${plain}" @ONLY)
linkdeck_gzip(changelog.cmake "${GZIP}" "${plain}" "${OUTPUT}")
