# Helpers for the build-time scripts in packaging/ (run with cmake -P).

# linkdeck_require(SCRIPT VAR...): stops with a message when a -DVAR=... is missing or empty.
function(linkdeck_require script)
    foreach(var IN LISTS ARGN)
        if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
            message(FATAL_ERROR "${script}: -D${var}=... is missing")
        endif()
    endforeach()
endfunction()

# linkdeck_gzip(SCRIPT GZIP IN OUT): gzip -n -9, no name or time stamp in the header and the
# best compression (what dpkg and lintian expect); stops with a message when it fails.
function(linkdeck_gzip script gzip in out)
    execute_process(COMMAND "${gzip}" -n -9 -c "${in}" OUTPUT_FILE "${out}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        file(REMOVE "${out}")
        message(FATAL_ERROR "${script}: gzip -n -9 ${in} failed: ${result}")
    endif()
endfunction()
