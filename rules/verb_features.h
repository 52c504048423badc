// The verb features tree rules and polarity ask about, in both places a token carries them.
#pragma once

#include <string>

#include "document/token.h"

namespace trame {

/// True when the token carries the UD feature `ud` ("VerbForm=Inf") in FEATS or the lttoolbox tag
/// `tag` ("inf") in XPOS, the lttoolbox reading that agrees with the tagger's choice.
inline bool has_feature(const Token& token, const std::string& ud, const std::string& tag) {
    return token.has_tag(ud) || token.has_tag(tag);
}

inline bool is_infinitive(const Token& t) { return has_feature(t, "VerbForm=Inf", "inf"); }
inline bool is_gerund(const Token& t) { return has_feature(t, "VerbForm=Ger", "ger"); }
/// Past participle: UD "VerbForm=Part" with "Tense=Past", or Apertium "pp".
inline bool is_past_participle(const Token& t) {
    return t.has_tag("pp") || (t.has_tag("VerbForm=Part") && t.has_tag("Tense=Past"));
}
inline bool is_present_participle(const Token& t) {
    return is_gerund(t) || t.has_tag("pprs") || (t.has_tag("VerbForm=Part") && t.has_tag("Tense=Pres"));
}
inline bool is_non_finite(const Token& t) {
    return is_infinitive(t) || is_gerund(t) || has_feature(t, "VerbForm=Part", "pp") || is_present_participle(t);
}
/// Conditional mood: UD "Mood=Cnd", Apertium "cni".
inline bool is_conditional(const Token& t) { return has_feature(t, "Mood=Cnd", "cni"); }
/// Future tense: UD "Tense=Fut", Apertium "fti".
inline bool is_future(const Token& t) { return has_feature(t, "Tense=Fut", "fti"); }

}  // namespace trame
