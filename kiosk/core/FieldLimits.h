#pragma once

#include <QString>

struct Attendee;

// The one set of limits on what an attendee record may hold, in characters
// (UTF-16 code units, as QString::size() counts them). Import, edit, walk-in
// and the sync protocol all check against these, so that a record accepted
// anywhere is accepted everywhere.
namespace FieldLimits {

// Names, organisation, role, country, category, language, email, external id.
constexpr int maxTextLength = 2000;
// A confirmation code (what a QR code carries).
constexpr int maxCodeLength = 512;
// The JSON of a badge's overrides.
constexpr int maxBadgeOverridesLength = 20000;

// The first field of `attendee` over its limit, translated, naming the field
// and the limit; empty when every field fits.
QString problemWith(const Attendee &attendee);

} // namespace FieldLimits
