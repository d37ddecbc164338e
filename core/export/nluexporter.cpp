#include "nluexporter.h"

#include "jsontext.h"
#include "nluwriter.h"
#include "reversed.h"
#include "yamltexteditor.h"

#include "model/jsonutil.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <map>
using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct NluExporterMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::NluExporter)
};

//! Examples grouped by intent, in first-appearance order.
QList<QList<TrainingExample>> byIntent(const QList<TrainingExample> &examples)
{
    QList<QList<TrainingExample>> groups;
    QHash<QString, qsizetype> index;
    for (const TrainingExample &example : examples) {
        if (!index.contains(example.intent)) {
            index.insert(example.intent, groups.size());
            groups.append(QList<TrainingExample>());
        }
        groups[index.value(example.intent)].append(example);
    }
    return groups;
}

//! The `examples: |` block of the last `- intent: <name>` item of `nlu`.
const YamlTextEditor::Node *examplesBlock(const YamlTextEditor &editor, const QString &intent)
{
    const YamlTextEditor::Node *nlu = editor.section(u"nlu"_s);
    if (!nlu)
        return nullptr;
    for (const YamlTextEditor::Node &item : reversed(nlu->children)) {
        const YamlTextEditor::Node *examples = nullptr;
        bool matches = false;
        for (const YamlTextEditor::Node &entry : item.children) {
            if (entry.key == "intent"_L1 && Json::displayText(entry.value).trimmed() == intent)
                matches = true;
            if (entry.key == "examples"_L1 && entry.style == YamlTextEditor::Style::BlockScalar)
                examples = &entry;
        }
        if (matches)
            return examples;
    }
    return nullptr;
}

QString flowIntentItem(const QList<TrainingExample> &examples)
{
    QString lines;
    for (const TrainingExample &example : examples)
        lines += "- "_L1 + example.annotatedText() + u'\n';
    return "{\"intent\": "_L1 + Json::pythonQuote(examples.first().intent, false)
        + ", \"examples\": "_L1 + Json::pythonQuote(lines, false) + u'}';
}

} // namespace

Result<NluFileUpdate> NluExporter::merge(const std::optional<QByteArray> &existing,
                                         const QString &path,
                                         const QList<TrainingExample> &examples,
                                         const QString &version)
{
    NluFileUpdate update;
    const bool hasContent = existing && !existing->trimmed().isEmpty();
    const auto guessed = hasContent ? NluReader::guessFormat(*existing) : std::nullopt;
    update.format = guessed.value_or(NluReader::formatForPath(path).value_or(NluFormat::Yaml));
    NluData previous;
    if (hasContent) {
        Result<NluData> read = NluReader::read(*existing, update.format, path);
        if (!read)
            return makeError(NluExporterMessages::tr("cannot merge into the existing NLU file: %1")
                                 .arg(read.error().toString()),
                             path);
        previous = std::move(read).value();
    }
    QSet<QString> keys;
    for (const TrainingExample &example : std::as_const(previous.examples))
        keys.insert(example.key());
    QList<TrainingExample> added;
    for (const TrainingExample &example : examples) {
        if (example.intent.trimmed().isEmpty() || keys.contains(example.key()))
            continue;
        keys.insert(example.key());
        added.append(example);
    }
    update.added = int(added.size());
    update.content = existing.value_or(QByteArray());
    if (added.isEmpty())
        return update;
    update.changed = true;
    if (hasContent && update.format == NluFormat::Yaml) {
        Result<QByteArray> content = insertYaml(*existing, path, added);
        if (!content)
            return content.error();
        update.content = *content;
    } else if (hasContent && update.format == NluFormat::Markdown) {
        update.content = insertMarkdown(*existing, added);
    } else if (std::optional<QByteArray> json = hasContent && update.format == NluFormat::Json
                   ? insertJson(*existing, added)
                   : std::nullopt) {
        update.content = *json;
    } else {
        previous.examples += added;
        update.content = NluWriter::render(previous, update.format, version).toUtf8();
        if (!hasContent)
            return update; // the writer's own layout: tested to load
    }
    // Text added to someone's file: make sure the whole file still loads.
    Result<NluData> check = NluReader::read(update.content, update.format, path);
    if (!check)
        return makeError(NluExporterMessages::tr("the merged NLU data would not load: %1")
                             .arg(check.error().toString()),
                         path);
    return update;
}

Result<QByteArray> NluExporter::insertYaml(const QByteArray &existing, const QString &path,
                                           const QList<TrainingExample> &examples)
{
    Result<YamlTextEditor> opened = YamlTextEditor::open(existing, path);
    if (!opened)
        return opened.error();
    YamlTextEditor &editor = opened.value();
    QList<TrainingExample> newIntents;
    QStringList flowItems;
    for (const QList<TrainingExample> &group : byIntent(examples)) {
        const YamlTextEditor::Node *block = examplesBlock(editor, group.first().intent);
        const QString lines =
            block ? NluWriter::renderYamlExampleLines(group, block->indent) : QString();
        if (lines.isEmpty()) {
            newIntents += group;
            flowItems.append(flowIntentItem(group));
            continue;
        }
        Status status = editor.insertAfterLine(block->endLine, lines);
        if (!status)
            return status.error();
    }
    if (!newIntents.isEmpty()) {
        const QString items =
            NluWriter::renderYamlIntents(newIntents, editor.childIndent(u"nlu"_s, 0));
        Status status = editor.appendToSequence(u"nlu"_s, items, flowItems);
        if (!status)
            return status.error();
    }
    return editor.text();
}

std::optional<QByteArray> NluExporter::insertJson(const QByteArray &existing,
                                                  const QList<TrainingExample> &examples)
{
    // As text, so that number spellings (4.0), key order and layout stay;
    // a file without a common_examples list is written whole instead.
    const std::optional<JsonText::ArrayEnd> end =
        JsonText::findArray(existing, {u"rasa_nlu_data"_s, u"common_examples"_s});
    if (!end)
        return std::nullopt;
    const QByteArray items = NluWriter::renderJsonExamples(examples, end->level).toUtf8();
    const QByteArray closing = "\n" + QByteArray(2 * qsizetype(end->level), ' ');
    QByteArray text = existing;
    const QByteArray insertion =
        end->empty ? QByteArray("\n" + items + closing) : QByteArray(",\n" + items);
    text.insert(end->insertAt, insertion);
    return text;
}

QByteArray NluExporter::insertMarkdown(const QByteArray &existing,
                                       const QList<TrainingExample> &examples)
{
    static const QRegularExpression header(u"^\\s*##\\s*(.+?):(.+)"_s);
    QStringList lines = QString::fromUtf8(existing).split(u'\n');
    const QString cr = existing.contains("\r\n") ? u"\r"_s : QString();
    // The last line with content of every intent section (the last section
    // of an intent that appears twice).
    QHash<QString, int> lastLine;
    QString intent;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const QRegularExpressionMatch match = header.match(line);
        if (match.hasMatch())
            intent = match.captured(1).trimmed() == "intent"_L1 ? match.captured(2).trimmed()
                                                                : QString();
        if (!intent.isEmpty() && !line.isEmpty())
            lastLine.insert(intent, i);
    }
    std::map<int, QStringList, std::greater<int>> insertions;
    QString appended;
    for (const QList<TrainingExample> &group : byIntent(examples)) {
        QStringList newLines;
        for (const TrainingExample &example : group)
            newLines.append(NluWriter::markdownLine(example) + cr);
        const auto found = lastLine.constFind(group.first().intent);
        if (found != lastLine.constEnd()) {
            insertions[*found] += newLines;
            continue;
        }
        appended += cr + u'\n' + "## intent:"_L1 + group.first().intent + cr + u'\n'
            + newLines.join(u'\n') + u'\n';
    }
    for (const auto &[line, newLines] : insertions) {
        for (qsizetype i = newLines.size() - 1; i >= 0; --i)
            lines.insert(line + 1, newLines.at(i));
    }
    QString text = lines.join(u'\n');
    if (!appended.isEmpty()) {
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += cr + u'\n';
        text += appended;
    }
    return text.toUtf8();
}

} // namespace Coach
