#include "nluinbox.h"

#include "inboxindex.h"

#include "export/nlureader.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

QList<NluInboxItem> NluInbox::build(const InboxIndex &index, const QSet<QString> &knownTexts)
{
    QHash<QString, qsizetype> byText;
    QList<NluInboxItem> items;
    for (const InboxIndex::Message &message : index.messages()) {
        const QString text = message.text.trimmed();
        if (text.isEmpty() || text.startsWith(u'/') || !message.confidence
            || knownTexts.contains(text))
            continue;
        const auto found = byText.constFind(text);
        NluInboxItem &item = found == byText.cend() ? items.emplace_back() : items[*found];
        if (found == byText.cend()) {
            byText.insert(text, items.size() - 1);
            item.text = text;
        }
        ++item.count;
        // Messages come in id order: the later one is the latest prediction.
        item.intent = index.name(message.intent);
        item.confidence = message.confidence;
        item.messageId = message.id;
        item.senderId = index.conversations().at(message.conversation).senderId;
        item.lastSeen = message.timestamp;
    }
    std::sort(items.begin(), items.end(), [](const NluInboxItem &a, const NluInboxItem &b) {
        if (a.confidence != b.confidence)
            return a.confidence.value_or(2) < b.confidence.value_or(2);
        if (a.count != b.count)
            return a.count > b.count;
        return a.text < b.text;
    });
    return items;
}

Result<QSet<QString>> NluInbox::projectTexts(const QString &projectFolder)
{
    QSet<QString> texts;
    QDirIterator it(projectFolder + u"/data"_s, {u"*.yml"_s, u"*.yaml"_s, u"*.md"_s, u"*.json"_s},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(file.errorString(), path);
        const QByteArray content = file.readAll();
        const std::optional<NluFormat> format = NluReader::guessFormat(content);
        if (!format)
            continue; // stories, rules, other YAML
        Result<NluData> data = NluReader::read(content, *format, path);
        if (!data)
            return data.error();
        for (const TrainingExample &example : data->examples)
            texts.insert(example.text.trimmed());
    }
    return texts;
}

} // namespace Coach
