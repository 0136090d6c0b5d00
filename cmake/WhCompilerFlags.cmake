# Warnings and hardening for every target of the project: link `wh_build_flags` (an INTERFACE
# target) instead of touching global flags, so third-party code is unaffected.
add_library(wh_build_flags INTERFACE)
target_compile_options(wh_build_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wimplicit-fallthrough -Wformat=2 -Wformat-security
  -fstack-protector-strong -fstack-clash-protection -fcf-protection
  $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>
  $<$<CONFIG:Debug>:-D_GLIBCXX_ASSERTIONS>)
target_compile_definitions(wh_build_flags INTERFACE
  QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
target_link_options(wh_build_flags INTERFACE
  -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)

option(WH_WERROR "Treat warnings as errors" OFF)
if(WH_WERROR)
  target_compile_options(wh_build_flags INTERFACE -Werror)
endif()
