#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Coach {

class SessionDocument;

//! Turns a Rasa tracker dump (GET …/tracker, `rasa export`, Rasa's test
//! trackers) or a bare JSON list of events into a new, unsaved session, so
//! that recorded conversations can be viewed, annotated and exported.
class TrackerImporter final
{
public:
    TrackerImporter() = delete;

    static Result<std::unique_ptr<SessionDocument>> importFile(const QString &fileName);
    static Result<std::unique_ptr<SessionDocument>> importJson(const QByteArray &json,
                                                               const QString &title);
};

} // namespace Coach
