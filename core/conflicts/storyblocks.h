#pragma once

#include "model/story.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

namespace Coach {

//! The story steps of a project as Rasa's StoryGraph arranges them before
//! generating trackers: stories only (rules never count), each item's
//! alternatives as explicit events, checkpoint loops cut as
//! StoryGraph.with_cycles_removed does, and blocks in topological order.
class StoryBlocks
{
public:
    static const QString StoryStart;

    //! A story step ready to run: each item's alternatives as the events Rasa
    //! makes explicit (a user message and the slots its entities fill).
    struct Block
    {
        int step = -1; //!< index of the StoryStep it was made from
        QString name;
        QList<Checkpoint> starts; //!< STORY_START when the step has none
        QStringList ends;
        QList<QList<EventList>> items;
    };

    //! `explicitEvents` turns one story event into the events Rasa runs.
    StoryBlocks(const StorySteps &steps,
                const std::function<EventList(const Event &)> &explicitEvents);

    const std::vector<Block> &blocks() const { return m_blocks; }
    //! Block indexes in the order Rasa processes them.
    const std::vector<int> &order() const { return m_order; }
    //! Where trackers reaching an end checkpoint wait: a cut loop's sink
    //! leads to its source.
    QString startFor(const QString &end) const { return m_endNames.value(end, end); }

private:
    void add(const StoryStep &step, int index,
             const std::function<EventList(const Event &)> &explicitEvents);
    std::vector<std::vector<int>> children() const;
    std::vector<int> topologicalOrder(std::vector<std::pair<int, int>> *backEdges) const;
    void removeCycles();
    void removeUnusedGenerated(const QSet<QString> &overlapping);

    std::vector<Block> m_blocks;
    std::vector<int> m_order;
    //! Rasa's story_end_checkpoints: a cycle's sink → its source.
    QHash<QString, QString> m_endNames;
};

} // namespace Coach
