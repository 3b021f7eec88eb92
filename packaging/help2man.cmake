# Writes the man page of one Linkdeck executable from its own --help output (called by
# packaging/CMakeLists.txt at build time, so the page never drifts from the program):
#   cmake -DHELP2MAN=/usr/bin/help2man -DGZIP=/usr/bin/gzip -DPROGRAM=.../linkdeck-cli
#         -DNAME="one-line description" -DOUTPUT=.../linkdeck-cli.1.gz -DWORK_DIR=...
#         [-DVERSION_STRING="linkdeck-cli 0.1.0"] -P help2man.cmake
# VERSION_STRING is for programs whose --version prints the application name ("Linkdeck 0.1.0")
# rather than the executable's, which help2man would take as the page's name.
include("${CMAKE_CURRENT_LIST_DIR}/scripthelpers.cmake")
linkdeck_require(help2man.cmake HELP2MAN GZIP PROGRAM NAME OUTPUT WORK_DIR)

# The programs run with throwaway settings and data folders (they must not touch the builder's
# ~/.config or ~/.local/share), without a display, and in English whatever the builder's locale.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/config" "${WORK_DIR}/data" "${WORK_DIR}/cache" "${WORK_DIR}/runtime")
file(CHMOD "${WORK_DIR}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{XDG_CONFIG_HOME} "${WORK_DIR}/config")
set(ENV{XDG_DATA_HOME} "${WORK_DIR}/data")
set(ENV{XDG_CACHE_HOME} "${WORK_DIR}/cache")
set(ENV{XDG_RUNTIME_DIR} "${WORK_DIR}/runtime")
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANG} C.UTF-8)
unset(ENV{LANGUAGE})
# A sanitizer build (asan preset) exits through exit() after --help; leaks there are not errors.
set(ENV{ASAN_OPTIONS} "detect_leaks=0")

get_filename_component(page_name "${PROGRAM}" NAME)
set(page "${WORK_DIR}/${page_name}.1")
set(version_args)
if(DEFINED VERSION_STRING AND NOT VERSION_STRING STREQUAL "")
    set(version_args --version-string "${VERSION_STRING}")
endif()
execute_process(
    COMMAND "${HELP2MAN}" --no-info --section 1 --name "${NAME}" ${version_args} --output "${page}" "${PROGRAM}"
    RESULT_VARIABLE result
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT EXISTS "${page}")
    message(FATAL_ERROR "help2man.cmake: help2man could not write the man page of ${PROGRAM} "
                        "(exit status ${result}):\n${errors}")
endif()

linkdeck_gzip(help2man.cmake "${GZIP}" "${page}" "${OUTPUT}")
file(REMOVE_RECURSE "${WORK_DIR}")
