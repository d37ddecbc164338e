#pragma once

#include "graphsequence.h"
#include "mergegraph.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Coach {

//! A node of the finished story graph.
struct StoryGraphNode
{
    int id = 0;
    GraphNodeKind kind = GraphNodeKind::Action;
    //! Rasa's label: action name, user text (null for intent-only story
    //! steps, exactly as Rasa leaves it), `START`, `END`, `...`, `  ?  `.
    QString label;
    //! What the user sees: the label, or the intent name when an intent
    //! node has no text, or the bot text of an end-to-end action.
    QString displayLabel;
    QString intent; //!< intent nodes: the intent name (the edge key)
    quint8 flags = 0; //!< GraphFlag bits
    GraphRef ref; //!< the event that created the node (or its edge)
    GraphRef currentRef; //!< an event of the current conversation, if any

    bool isActive() const { return flags & GraphFlag::Active; }
    bool isDashed() const { return flags & GraphFlag::Dashed; }
    //! Rasa's `class` attribute ("start active", "intent dashed active", ...).
    QString cssClass() const;
};

//! An edge of the finished story graph.
struct StoryGraphEdge
{
    int from = 0;
    int to = 0;
    quint8 flags = 0;
    bool labelled = false; //!< a NONE edge between two actions (Rasa gives it label "")
};

//! Which input sequence a GraphRef points at.
struct StoryGraphSource
{
    SequenceKind kind = SequenceKind::Story;
    int source = -1;
    int part = 0;
    QString title;
};

//! The story graph Rasa's visualize_neighborhood returns (after merging,
//! edge-label nodes and cleanup), as plain data for layout and writers.
//! Nodes and edges are in Rasa's (networkx's) order.
struct StoryGraph
{
    QList<StoryGraphNode> nodes;
    QList<StoryGraphEdge> edges;
    QList<StoryGraphSource> sources; //!< indexed by GraphRef::sequence
    int currentSequence = -1; //!< index into sources, -1 without a current conversation
    int preMergeNodeCount = 0;

    bool hasCurrent() const { return currentSequence >= 0; }
    //! Index into `nodes` of a node id, -1 if absent.
    int indexOf(int id) const;
    //! Fills the id index used by indexOf(); writers call it once.
    void reindex();

private:
    QHash<int, int> m_index;
};

} // namespace Coach
