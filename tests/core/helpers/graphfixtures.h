#pragma once

// Small story graphs written as text, for the graph tests (header-only
// test code shared by the test programs).

#include "graph/graphbuilder.h"

#include <QStringList>

namespace Coach::Testing {

//! One story per string, steps separated by spaces: "greet /hi utter_hi"
//! (a leading `/` marks a user intent). Stories are titled s0, s1, ...
inline StoryGraph graphOf(const QStringList &stories)
{
    GraphStrings strings;
    QList<GraphSequence> sequences;
    for (qsizetype i = 0; i < stories.size(); ++i) {
        GraphSequence sequence;
        sequence.title = QStringLiteral("s%1").arg(i);
        for (const QString &token : stories.at(i).split(u' ')) {
            GraphStep step;
            step.type = token.startsWith(u'/') ? GraphStep::Type::User : GraphStep::Type::Action;
            step.name = strings.intern(token.startsWith(u'/') ? token.mid(1) : token);
            sequence.steps.append(step);
        }
        sequences.append(sequence);
    }
    QList<const GraphSequence *> pointers;
    for (const GraphSequence &sequence : sequences)
        pointers.append(&sequence);
    StoryGraph graph = *GraphBuilder(strings).build(pointers, -1);
    graph.reindex();
    return graph;
}

} // namespace Coach::Testing
