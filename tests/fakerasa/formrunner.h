#pragma once

#include "model/domain.h"
#include "model/tracker.h"

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coach::FakeRasa {

//! A form of the domain: its required slots and how each is filled. Both
//! domain shapes are read: 2.x `{form: {slot: [mappings]}}` or
//! `{form: {required_slots: {slot: [mappings]}}}`, and 3.x
//! `{form: {required_slots: [slot, ...]}}` with the mappings on the slots.
struct FormSpec
{
    QString name;
    QStringList requiredSlots;
    QHash<QString, QJsonArray> formMappings; //!< 2.x mappings kept in the form

    //! `domainText` (the domain files' text) restores the order in which the
    //! slots of a 2.x form mapping were written; JSON objects lose it.
    static std::optional<FormSpec> fromDomain(const Domain &domain, const QString &form,
                                              const QString &domainText = {});
};

//! Runs a form the way Rasa's FormAction does, without an action server
//! (a `validate_<form>` action is not called):
//!  - not active yet: `active_loop <form>` (and the already filled required
//!    slots are re-validated);
//!  - right after a user message (and not interrupted): the slots the
//!    message fills are set (2.x: other slots from entities, the requested
//!    slot from any of its mappings; 3.x: the slots action_extract_slots set
//!    this turn, plus 2.x-style mappings kept in the form). A requested slot
//!    that gets nothing rejects the execution (ActionExecutionRejection);
//!  - then `requested_slot` names the first empty required slot and
//!    `utter_ask_<form>_<slot>` or `utter_ask_<slot>` asks for it; when all
//!    are filled `requested_slot` is reset and `active_loop` deactivated.
class FormRunner
{
public:
    struct Outcome
    {
        EventList events;
        bool rejected = false;
    };

    //! `utterAction`: bot events carry `utter_action` metadata (2.8+).
    FormRunner(const Domain &domain, bool rasa3, bool utterAction)
        : m_domain(domain), m_rasa3(rasa3), m_utterAction(utterAction)
    { }

    Outcome run(const FormSpec &form, const Tracker &tracker) const;

private:
    QHash<QString, QJsonValue> extract(const FormSpec &form, const Tracker &tracker,
                                       bool activating) const;
    QJsonArray mappingsOf(const FormSpec &form, const QString &slot) const;
    EventList askFor(const FormSpec &form, const QString &slot, const Tracker &tracker) const;
    EventList activationEvents(const FormSpec &form, const Tracker &tracker) const;
    EventList requestNextSlot(const FormSpec &form, Tracker tracker) const;

    const Domain &m_domain;
    bool m_rasa3 = true;
    bool m_utterAction = true;
};

} // namespace Coach::FakeRasa
