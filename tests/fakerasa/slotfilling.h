#pragma once

#include "model/domain.h"
#include "model/tracker.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Coach::FakeRasa {

//! How Rasa fills slots from a user message: 2.x auto-fill, 3.x slot
//! mappings (action_extract_slots) and the mapping rules both share.
namespace SlotFilling {

//! 2.x: a slot event for every slot with `auto_fill` whose name is an
//! entity type of the message (lists for list slots, else the last value).
EventList autoFill(const Domain &domain, const ParseData &message);

//! 3.x action_extract_slots: slot events for the slots whose `mappings`
//! (from_entity, from_intent, from_text; conditions on the active loop and
//! requested slot) give a value that differs from the current one.
EventList extractSlots(const Domain &domain, const Tracker &tracker);

//! `intent` / `not_intent` (a name or a list) of a mapping allow this intent.
bool intentIsDesired(const QJsonObject &mapping, const QString &intent);

//! The value a predefined mapping takes from the latest message, or an
//! undefined value. `from_trigger_intent` only counts when `activating`.
QJsonValue mappingValue(const QJsonObject &mapping, const ParseData &message, bool listSlot,
                        bool activating);

//! 3.x mapping conditions: none, or one whose active_loop (and
//! requested_slot, if given) match the tracker.
bool conditionsMatch(const QJsonObject &mapping, const Tracker &tracker);

} // namespace SlotFilling

} // namespace Coach::FakeRasa
