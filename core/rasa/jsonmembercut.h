#pragma once

#include <QByteArray>
#include <QLatin1StringView>

#include <optional>

namespace Coach {

//! Cuts one member out of a JSON object's text without building it.
//!
//! Rasa's /predict answer carries the whole tracker (every event since the
//! last restart) beside a few scores; a caller that needs only the scores
//! would spend most of its time turning those events into JSON values. The
//! cut member is still checked by JsonScanner, which builds nothing, so an
//! answer is accepted only when a full parse would accept it.
class JsonMemberCut
{
public:
    //! The object's text without the member, and what the member's value was.
    struct Result
    {
        QByteArray rest; //!< the object without the member: `{...}`
        bool found = false;
        bool valueIsObject = false;
    };

    //! Nothing when `json` is not one valid JSON object (the caller parses it
    //! in full and reports the error) or the key appears more than once.
    static std::optional<Result> cut(const QByteArray &json, QLatin1StringView key);
};

} // namespace Coach
