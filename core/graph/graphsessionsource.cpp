#include "graphsessionsource.h"

#include "model/domain.h"
#include "session/historyrow.h"
#include "session/sessiondocument.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Coach::GraphSessionSource {

namespace {

//! Marks the applied events of events [first, last) in `keep`.
void markApplied(const EventList &events, qsizetype first, qsizetype last, QList<bool> &keep)
{
    // History::appliedIndexes starts over at session starts; the graph
    // keeps them (action_session_start is left out later), so they are
    // taken out here and mapped back.
    EventList part;
    QList<qsizetype> origin;
    for (qsizetype i = first; i < last; ++i) {
        if (events.at(i).type() == EventType::SessionStarted) {
            keep[i] = true;
            continue;
        }
        part.append(events.at(i));
        origin.append(i);
    }
    for (int index : History::appliedIndexes(part))
        keep[origin.at(index)] = true;
}

} // namespace

GraphConversation conversation(const Conversation &source)
{
    const EventList &events = source.events;
    QList<bool> keep(events.size(), false);
    qsizetype partStart = 0;
    for (qsizetype i = 0; i <= events.size(); ++i) {
        if (i < events.size() && events.at(i).type() != EventType::Restart)
            continue;
        markApplied(events, partStart, i, keep);
        if (i < events.size())
            keep[i] = true; // the restart itself splits the parts
        partStart = i + 1;
    }
    GraphConversation result;
    result.name = source.title.isEmpty() ? source.id : source.title;
    result.events.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i)
        result.events.append(keep.at(i) ? events.at(i) : Event());
    return result;
}

GraphSessionData fromDocument(const SessionDocument &document)
{
    GraphSessionData data;
    for (int i = 0; i < document.conversationCount(); ++i)
        data.conversations.append(conversation(document.conversation(i)));
    data.currentConversation = document.currentConversation();
    return data;
}

Result<GraphSessionData> load(const QString &fileName)
{
    Result<std::unique_ptr<SessionDocument>> document = SessionDocument::open(fileName);
    if (!document)
        return document.error();
    return fromDocument(**document);
}

QStringList projectStoryPaths(const QString &projectFolder)
{
    if (projectFolder.isEmpty())
        return {};
    const QFileInfo data(QDir(projectFolder).filePath(u"data"_s));
    return data.isDir() ? QStringList{data.filePath()} : QStringList{};
}

Result<StorySteps> readProject(const QString &projectFolder, const QJsonObject &domain)
{
    const QStringList paths = projectStoryPaths(projectFolder);
    if (paths.isEmpty())
        return StorySteps{};
    // Offline (no server domain yet) the project's own domain.yml stands in.
    const QString domainFile = QDir(projectFolder).filePath(u"domain.yml"_s);
    const Result<Domain> parsed = domain.isEmpty() && QFileInfo::exists(domainFile)
        ? Domain::fromFile(domainFile)
        : Domain::fromJson(domain);
    if (!parsed)
        return parsed.error();
    return readGraphStories(paths, *parsed, false);
}

} // namespace Coach::GraphSessionSource
