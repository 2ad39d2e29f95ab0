// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// DYAD_API marks the symbols of the public API. The library is built with
// -fvisibility=hidden, so everything else stays internal.
#ifndef DYAD_EXPORT_H_
#define DYAD_EXPORT_H_

#if defined(_WIN32)
#define DYAD_API
#else
#define DYAD_API [[gnu::visibility("default")]]
#endif

#endif  // DYAD_EXPORT_H_
