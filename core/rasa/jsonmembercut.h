#pragma once

#include <QByteArray>
#include <QLatin1StringView>

#include <optional>

namespace Coach {

//! Empties one member of a JSON object's text without building it.
//!
//! Rasa's /predict answer carries the whole tracker (every event since the
//! last restart) beside a few scores; a caller that needs only the scores
//! would spend most of its time turning those events into JSON values. The
//! emptied value is still checked by JsonScanner, which builds nothing, so an
//! answer is accepted only when a full parse would accept it.
class JsonMemberCut
{
public:
    //! The text with the value of every top-level member `key` that is an
    //! object replaced by `{}` (other values stay as they are), or nothing
    //! when `json` is not one valid JSON object: the caller then parses it in
    //! full and reports the error.
    static std::optional<QByteArray> emptyObjects(const QByteArray &json, QLatin1StringView key);
};

} // namespace Coach
