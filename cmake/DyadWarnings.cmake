# Warnings, sanitizers and CPU flags shared by every dyad target.
add_library(dyad_flags INTERFACE)
target_compile_options(dyad_flags INTERFACE -Wall -Wextra -Wpedantic
  -Wno-missing-field-initializers)
if(DYAD_WERROR)
  target_compile_options(dyad_flags INTERFACE -Werror)
endif()
if(DYAD_SANITIZE)
  target_compile_options(dyad_flags INTERFACE -fsanitize=address,undefined
    -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(dyad_flags INTERFACE -fsanitize=address,undefined)
endif()
if(DYAD_NATIVE)
  target_compile_options(dyad_flags INTERFACE -march=native)
endif()
