#include "storypaths.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa::StoryTokens {

namespace {

constexpr int kMaxVariants = 32;
constexpr int kMaxPaths = 2000;
constexpr int kMaxDepth = 8;

struct Expansion
{
    const StorySteps &steps;
    QHash<QString, QList<qsizetype>> startingWith; //!< checkpoint → steps starting with it
    QList<QList<QStringList>> variants; //!< per step
    QList<QStringList> paths;
};

void finishPath(Expansion &expansion, QStringList path)
{
    if (!path.isEmpty() && isActionToken(path.last()) && path.last() != kListen)
        path.append(kListen);
    if (expansion.paths.size() < kMaxPaths)
        expansion.paths.append(path);
}

void extend(Expansion &expansion, qsizetype stepIndex, const QStringList &prefix, int depth)
{
    const StoryStep &step = expansion.steps.at(stepIndex);
    for (const QStringList &variant : expansion.variants.at(stepIndex)) {
        if (expansion.paths.size() >= kMaxPaths)
            return;
        QStringList path = prefix;
        for (const QString &token : variant)
            appendToken(path, token);
        bool continued = false;
        if (depth < kMaxDepth) {
            for (const Checkpoint &checkpoint : step.endCheckpoints) {
                const QList<qsizetype> next = expansion.startingWith.value(checkpoint.name);
                for (qsizetype nextIndex : next) {
                    continued = true;
                    extend(expansion, nextIndex, path, depth + 1);
                }
            }
        }
        if (!continued)
            finishPath(expansion, path);
    }
}

} // namespace

QString tokenOf(const Event &event, const IntentResolver &resolver)
{
    switch (event.type()) {
    case EventType::User: {
        QString intent = event.parseData().intentName();
        if (intent.isEmpty() && resolver) {
            const QString text = event.text().isEmpty() ? event.parseData().text() : event.text();
            intent = resolver(text);
        }
        return u"U:"_s + intent;
    }
    case EventType::Action:
        if (!event.name().isEmpty())
            return u"A:"_s + event.name();
        return u"T:"_s + event.actionText();
    case EventType::ActiveLoop:
        return u"L:"_s + event.loopName();
    default:
        return QString();
    }
}

bool isActionToken(const QString &token)
{
    return token.startsWith("A:"_L1) || token.startsWith("T:"_L1);
}

QString actionOfToken(const QString &token)
{
    return token.mid(2);
}

void appendToken(QStringList &tokens, const QString &token)
{
    if (token.isEmpty())
        return;
    if (token.startsWith("U:"_L1) && (tokens.isEmpty() || tokens.last() != kListen))
        tokens.append(kListen);
    tokens.append(token);
}

QList<QStringList> stepVariants(const StoryStep &step, const IntentResolver &resolver)
{
    QList<QStringList> variants{QStringList()};
    for (const StoryItem &item : step.items) {
        QList<QStringList> next;
        for (const QStringList &variant : std::as_const(variants)) {
            for (const Event &alternative : item.alternatives) {
                if (next.size() >= kMaxVariants)
                    break;
                QStringList extended = variant;
                extended.append(tokenOf(alternative, resolver));
                extended.removeAll(QString());
                next.append(extended);
            }
        }
        variants = next;
    }
    return variants;
}

QList<QStringList> storyPaths(const StorySteps &stories, const IntentResolver &resolver)
{
    Expansion expansion{stories, {}, {}, {}};
    for (qsizetype i = 0; i < stories.size(); ++i) {
        expansion.variants.append(stepVariants(stories.at(i), resolver));
        for (const Checkpoint &checkpoint : stories.at(i).startCheckpoints)
            expansion.startingWith[checkpoint.name].append(i);
    }
    for (qsizetype i = 0; i < stories.size(); ++i) {
        if (stories.at(i).startCheckpoints.isEmpty())
            extend(expansion, i, QStringList{kStart}, 0);
    }
    return expansion.paths;
}

} // namespace Coach::FakeRasa::StoryTokens
