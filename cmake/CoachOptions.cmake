# One INTERFACE target carries the language level, warnings and Qt defines.
# Every target links it; nothing edits CMAKE_CXX_FLAGS.
add_library(coach_options INTERFACE)
target_compile_features(coach_options INTERFACE cxx_std_20)

if(MSVC)
    target_compile_options(coach_options INTERFACE /W4 /permissive- /utf-8)
    if(COACH_WERROR)
        target_compile_options(coach_options INTERFACE /WX)
    endif()
else()
    target_compile_options(coach_options INTERFACE
        -Wall -Wextra -pedantic -Wold-style-cast -Woverloaded-virtual
        -Wnon-virtual-dtor -Wcast-qual)
    if(COACH_WERROR OR CMAKE_BUILD_TYPE STREQUAL "Debug")
        target_compile_options(coach_options INTERFACE -Werror)
    endif()
    if(COACH_WITH_ASAN)
        target_compile_options(coach_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(coach_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()

target_compile_definitions(coach_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060500
    COACH_VERSION="${PROJECT_VERSION}")
