# Writes changelog.Debian.gz from changelog.in at build time (called by packaging/CMakeLists.txt):
#   cmake -DTEMPLATE=changelog.in -DOUTPUT=.../changelog.Debian.gz -DGZIP=/usr/bin/gzip
#         -DPROJECT_VERSION=0.1.0 -DLINKDECK_DEB_VERSION=0.1.0-1 -DLINKDECK_DEB_MAINTAINER="Name <mail>"
#         -P changelog.cmake
# The date is the build time in UTC, or SOURCE_DATE_EPOCH when set (reproducible builds).
foreach(var IN ITEMS TEMPLATE OUTPUT GZIP PROJECT_VERSION LINKDECK_DEB_VERSION LINKDECK_DEB_MAINTAINER)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "changelog.cmake: -D${var}=... is missing")
    endif()
endforeach()

string(TIMESTAMP LINKDECK_DEB_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
string(REGEX REPLACE "\\.gz$" "" plain "${OUTPUT}")
configure_file("${TEMPLATE}" "${plain}" @ONLY)
# gzip -n -9: no name or time stamp in the header, best compression (what dpkg and lintian expect).
execute_process(COMMAND "${GZIP}" -n -9 -c "${plain}"
    OUTPUT_FILE "${OUTPUT}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}")
    message(FATAL_ERROR "changelog.cmake: gzip -n -9 ${plain} failed: ${result}")
endif()
