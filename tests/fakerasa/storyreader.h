#pragma once

#include "result.h"

#include "model/story.h"

#include <QJsonValue>
#include <QString>

namespace Coach::FakeRasa {

//! Reads the `stories:` and `rules:` lists of Rasa YAML training files into
//! story steps (Coach::StoryStep): `intent`/`user` steps become user events,
//! `action`/`bot` steps action events, `slot_was_set` slot events (a slot
//! listed without value has no "value" key: "set to anything"),
//! `active_loop` loop events; `or` becomes an item with alternatives and
//! checkpoints split a story into linked steps. `...` is ignored.
class StoryReader
{
public:
    static Result<StorySteps> read(const QJsonValue &section, StoryStep::Kind kind,
                                   const QString &fileName);
};

} // namespace Coach::FakeRasa
