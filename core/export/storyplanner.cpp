#include "storyplanner.h"

#include "parallel.h"
#include "yamlstorywriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! One story part of the export with its compared form.
struct PartInfo
{
    QString conversationId;
    int part = 0;
    StoryStep step;
    QStringList items;
    QString joined;
    QString hash;
};

//! Known stories by their steps: the same steps, or steps they begin with.
class StoryIndex
{
public:
    const KnownStory &at(qsizetype index) const { return m_stories.at(index); }

    void add(KnownStory story)
    {
        const qsizetype index = m_stories.size();
        m_exact.insert(story.items.join(QString()), index);
        size_t rolling = 0;
        for (qsizetype i = 0; i + 1 < story.items.size(); ++i) {
            rolling = step(rolling, story.items.at(i));
            m_prefixes.insert({rolling, i + 1}, index);
        }
        m_stories.append(std::move(story));
    }
    //! Index of a story with exactly these items, or -1.
    qsizetype same(const QString &joined) const { return m_exact.value(joined, -1); }
    //! Index of a story that these items are a strict beginning of, or -1.
    qsizetype extendedBy(const QStringList &items) const
    {
        size_t rolling = 0;
        for (const QString &item : items)
            rolling = step(rolling, item);
        return m_prefixes.value({rolling, items.size()}, -1);
    }
    //! The story of the target file with this name and hash.
    qsizetype named(const QString &name, const QString &file, const QString &hash) const
    {
        for (qsizetype i = 0; i < m_stories.size(); ++i) {
            const KnownStory &story = m_stories.at(i);
            if (story.name == name && story.file == file && StoryPlanner::hash(story.items) == hash)
                return i;
        }
        return -1;
    }

private:
    static size_t step(size_t rolling, const QString &item)
    {
        return rolling * 1099511628211ULL ^ qHash(item, 0x5eed);
    }

    QList<KnownStory> m_stories;
    QHash<QString, qsizetype> m_exact;
    QHash<QPair<size_t, qsizetype>, qsizetype> m_prefixes;
};

QList<KnownStory> knownStories(const StorySteps &steps, const QString &file,
                               const StoryWriterOptions &options)
{
    const QList<QList<KnownStory>> slices =
        Parallel::mapSlices(steps.size(), 64, [&](Parallel::Slice slice) {
            QList<KnownStory> known;
            for (qsizetype i = slice.begin; i < slice.end; ++i) {
                const StoryStep &step = steps.at(i);
                known.append({step.name, file.isEmpty() ? step.sourceFile : file, step.sourceLine,
                              StoryPlanner::items(step, options), false});
            }
            return known;
        });
    QList<KnownStory> all;
    for (const QList<KnownStory> &slice : slices)
        all += slice;
    return all;
}

QList<PartInfo> partInfos(const QList<ConversationParts> &conversations,
                          const StoryWriterOptions &options)
{
    const QList<QList<PartInfo>> slices =
        Parallel::mapSlices(conversations.size(), 64, [&](Parallel::Slice slice) {
            const YamlStoryWriter writer(options);
            QList<PartInfo> infos;
            for (qsizetype i = slice.begin; i < slice.end; ++i) {
                const ConversationParts &conversation = conversations.at(i);
                for (const StoryPart &part : conversation.parts) {
                    PartInfo info{conversation.id, part.index, {}, {}, {}, {}};
                    info.step.items = StoryBuilder::items(part.events);
                    info.step.sourceFile = conversation.id;
                    info.items = writer.itemTexts(info.step);
                    info.joined = info.items.join(QString());
                    info.hash = StoryPlanner::hash(info.items);
                    infos.append(std::move(info));
                }
            }
            return infos;
        });
    QList<PartInfo> all;
    for (const QList<PartInfo> &slice : slices)
        all += slice;
    return all;
}

const StoryRecord *recordOf(const QHash<QString, QList<StoryRecord>> &records, const PartInfo &info)
{
    const auto found = records.constFind(info.conversationId);
    if (found == records.constEnd())
        return nullptr;
    for (const StoryRecord &record : *found) {
        if (record.part == info.part)
            return &record;
    }
    return nullptr;
}

//! The decisions, one part after the other (names are given in order).
class Planner
{
public:
    Planner(const StoryPlanner::Input &input, StoryIndex &index)
        : m_input(input), m_index(index), m_names([&input] {
            QStringList taken;
            for (const StoryStep &step : input.present)
                taken.append(step.name);
            return taken;
        }())
    { }

    void decide(PartInfo &info)
    {
        StoryOutcome outcome{
            StoryOutcome::Kind::New, info.conversationId, info.part, {}, m_input.path, {}, {}, {}};
        const StoryRecord *record = recordOf(m_input.records, info);
        if (record && !record->duplicate) {
            if (record->hash == info.hash) {
                outcome.kind = StoryOutcome::Kind::Unchanged;
                outcome.story = record->story;
                finish(outcome, info, *record);
                return;
            }
            const qsizetype earlier = m_index.named(record->story, m_input.path, record->hash);
            if (earlier >= 0) {
                replace(outcome, info, m_index.at(earlier));
                return;
            }
            outcome.earlierStory = record->story;
        } else if (const qsizetype same = m_index.same(info.joined); same >= 0) {
            const KnownStory &match = m_index.at(same);
            const bool own = isOwnEarlierStory(match) && !m_adopted.contains(same);
            outcome.kind = own ? StoryOutcome::Kind::Unchanged : StoryOutcome::Kind::Duplicate;
            outcome.story = match.name;
            outcome.file = match.file;
            if (own)
                m_adopted.insert(same);
            finish(outcome, info, {info.part, m_input.path, outcome.story, info.hash, !own});
            return;
        }
        add(outcome, info);
    }

    StoryPlanner::Plan takePlan() { return std::move(m_plan); }

private:
    bool isOwnEarlierStory(const KnownStory &story) const
    {
        return story.file == m_input.path && !story.added
            && story.name.startsWith(u"interactive_story_"_s);
    }

    void finish(const StoryOutcome &outcome, const PartInfo &info, const StoryRecord &record)
    {
        m_plan.outcomes.append(outcome);
        m_plan.records.append({info.conversationId, record});
    }

    void replace(StoryOutcome &outcome, PartInfo &info, const KnownStory &earlier)
    {
        outcome.kind = StoryOutcome::Kind::Replaced;
        outcome.story = earlier.name;
        info.step.name = earlier.name;
        info.step.sourceLine = earlier.line;
        m_plan.replaced.append(info.step);
        finish(outcome, info, {info.part, m_input.path, earlier.name, info.hash, false});
    }

    void add(StoryOutcome &outcome, PartInfo &info)
    {
        if (const qsizetype longer = m_index.extendedBy(info.items); longer >= 0) {
            outcome.prefixOf = m_index.at(longer).name;
            outcome.prefixFile = m_index.at(longer).file;
        }
        info.step.name = m_names.next();
        outcome.story = info.step.name;
        m_index.add({info.step.name, m_input.path, 0, info.items, true});
        m_plan.added.append(info.step);
        m_plan.addedItems.append(info.items);
        finish(outcome, info, {info.part, m_input.path, info.step.name, info.hash, false});
    }

    const StoryPlanner::Input &m_input;
    StoryIndex &m_index;
    StoryNames m_names;
    QSet<qsizetype> m_adopted; //!< earlier stories a part recognised as its own
    StoryPlanner::Plan m_plan;
};

} // namespace

int StoryPlanner::Plan::count(StoryOutcome::Kind kind) const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [kind](const StoryOutcome &outcome) { return outcome.kind == kind; }));
}

QStringList StoryPlanner::items(const StoryStep &step, const StoryWriterOptions &options)
{
    return YamlStoryWriter(options).itemTexts(step);
}

QString StoryPlanner::hash(const QStringList &items)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &item : items)
        hash.addData(item.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(32));
}

int StoryPlanner::unexportedParts(const QList<ExportConversation> &conversations,
                                  const StoryWriterOptions &options)
{
    QList<ConversationParts> parts;
    for (const ExportConversation &conversation : conversations)
        parts.append({conversation.id, StoryBuilder::storyParts(conversation.events)});
    QHash<QString, const QList<StoryRecord> *> records;
    for (const ExportConversation &conversation : conversations)
        records.insert(conversation.id, &conversation.records);
    int count = 0;
    for (const PartInfo &info : partInfos(parts, options)) {
        const QList<StoryRecord> *known = records.value(info.conversationId);
        const bool exported =
            std::any_of(known->cbegin(), known->cend(), [&info](const StoryRecord &r) {
                return r.part == info.part && r.hash == info.hash;
            });
        count += exported ? 0 : 1;
    }
    return count;
}

namespace {

//! The translation context of these messages (lupdate reads it).
struct StoryPlannerMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::StoryPlanner)
};

} // namespace

QString StoryPlanner::describe(const StoryOutcome &outcome)
{
    const QString part = StoryPlannerMessages::tr("conversation %1, part %2")
                             .arg(outcome.conversationId)
                             .arg(outcome.part + 1);
    QString line;
    switch (outcome.kind) {
    case StoryOutcome::Kind::New:
        line = StoryPlannerMessages::tr("%1: new story (%2)").arg(outcome.story, part);
        break;
    case StoryOutcome::Kind::Replaced:
        line = StoryPlannerMessages::tr("%1: replaced by the changed story (%2)")
                   .arg(outcome.story, part);
        break;
    case StoryOutcome::Kind::Unchanged:
        line = StoryPlannerMessages::tr("%1: unchanged since the last export (%2)")
                   .arg(outcome.story, part);
        break;
    case StoryOutcome::Kind::Duplicate:
        return StoryPlannerMessages::tr("skipped (%1): the same steps as “%2” in %3")
            .arg(part, outcome.story, outcome.file);
    }
    if (!outcome.earlierStory.isEmpty())
        line +=
            StoryPlannerMessages::tr(
                "; its earlier story “%1” was edited or removed in the file, so it is added anew")
                .arg(outcome.earlierStory);
    if (!outcome.prefixOf.isEmpty())
        line += StoryPlannerMessages::tr("; note: it is the beginning of “%1” in %2")
                    .arg(outcome.prefixOf, outcome.prefixFile);
    return line;
}

StoryPlanner::Plan StoryPlanner::plan(const Input &input)
{
    StoryIndex index;
    for (KnownStory &story : knownStories(input.present, input.path, input.options))
        index.add(std::move(story));
    for (KnownStory &story : knownStories(input.training, QString(), input.options))
        index.add(std::move(story));
    QList<PartInfo> parts = partInfos(input.conversations, input.options);
    Planner planner(input, index);
    for (PartInfo &info : parts)
        planner.decide(info);
    return planner.takePlan();
}

} // namespace Coach
