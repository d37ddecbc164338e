#pragma once

#include "result.h"

#include "export/nludata.h"
#include "export/storyplanner.h"
#include "export/storyrecord.h"
#include "model/event.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace Coach {

//! Runs core/export for the UI with plain values that can be copied into a
//! worker thread, and keeps the exporter's types out of the dialog.
class ExportBridge final
{
public:
    struct Conversation
    {
        QString id;
        EventList events; //!< all events
        QList<StoryRecord> records;
    };

    struct Request
    {
        QList<Conversation> conversations;
        QJsonObject domain;
        QList<QPair<QString, QJsonArray>> newResponses; //!< name, variations
        QString storiesPath;
        QString nluPath;
        QString domainPath;
        bool testStories = false;
        QString rasaVersion;
        bool replaceClashingResponses = false;
        QList<TrainingExample> extraExamples; //!< ExportInput::extraExamples
    };

    struct File
    {
        QString path;
        bool exists = false;
        bool changed = false;
        QString diff;
        QString summary;
    };

    struct Plan
    {
        QList<File> files;
        QStringList conflictingResponses;
        QList<StoryOutcome> stories;
        QList<StoryRecordUpdate> records; //!< to keep once the files are written
        bool hasChanges = false;
        std::shared_ptr<const void> preview; //!< the exporter's own preview, for write()
    };

    //! Renders every target (thread-safe: no shared state).
    static Result<Plan> prepare(const Request &request);
    static Status write(const Plan &plan, QStringList *written);
};

} // namespace Coach
