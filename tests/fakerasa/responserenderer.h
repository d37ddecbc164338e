#pragma once

#include "model/domain.h"
#include "model/tracker.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Coach::FakeRasa {

//! Turns a domain response into the bot event Rasa logs and the messages
//! its collecting output channel returns from /execute.
namespace ResponseRenderer {

//! The first variation that fits (a matching conditional one first, then an
//! unconditional one; channel-specific ones are skipped), with `{slot}`
//! placeholders filled from the tracker's slots as Rasa's interpolator does.
std::optional<QJsonObject> pickVariation(const Domain &domain, const QString &response,
                                         const Tracker &tracker);

//! The `bot` event of a filled variation: `text`, `data` with elements,
//! quick_replies, buttons, attachment, image and custom (null when absent)
//! and `metadata` with the other keys, plus `utter_action` when `utterAction`
//! (2.8.34 and 3.x do).
Event botEvent(const QJsonObject &variation, const QString &response, bool utterAction);

//! The messages a collecting channel sends for a bot event: text (split at
//! blank lines) or text with buttons, then custom, image, attachment.
QJsonArray channelMessages(const Event &bot, const QString &recipientId);

//! Fills `{name}` placeholders; any unknown name leaves the text unchanged.
QString interpolate(const QString &text, const QList<SlotValue> &slotList);

} // namespace ResponseRenderer

} // namespace Coach::FakeRasa
