#pragma once

#include "apitypes.h"

#include "model/domain.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Coach::FakeRasa {

//! Messages that name their intent: `/intent`, `/intent@0.7`,
//! `/intent{"entity": "value", "list": ["a", "b"]}` (spec §5.4), parsed as
//! Rasa's RegexInterpreter (2.x) and RegexMessageHandler (3.x) do: the
//! intent is everything up to `{` or `@`; an unparsable confidence is 0.0;
//! invalid or non-object JSON gives no entities; every entity spans the
//! JSON part of the text.
class IntentMessageParser
{
public:
    //! The parse data of an intent message, or nullopt when the text does not
    //! start with `/` or (3.x) names an intent the domain does not have, in
    //! which case Rasa sends the text through NLU.
    static std::optional<QJsonObject> parse(const QString &text, const RasaVersion &version,
                                            const Domain &domain);
};

} // namespace Coach::FakeRasa
