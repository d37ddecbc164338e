// StoryReader::readMarkdown: Rasa 2.x's legacy Markdown story format.

#include "storyreader.h"
#include "storystepbuilder.h"

#include "model/annotation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct StoryReaderMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::StoryReader)
};

//! Removes `<!-- ... -->` comments; `inComment` carries an open comment to
//! the next line.
QString withoutComments(const QString &line, bool *inComment)
{
    QString out;
    qsizetype position = 0;
    while (position < line.size()) {
        if (*inComment) {
            const qsizetype end = line.indexOf("-->"_L1, position);
            if (end < 0)
                return out;
            *inComment = false;
            position = end + 3;
            continue;
        }
        const qsizetype start = line.indexOf("<!--"_L1, position);
        if (start < 0) {
            out += QStringView(line).mid(position);
            break;
        }
        out += QStringView(line).mid(position, start - position);
        *inComment = true;
        position = start + 4;
    }
    return out;
}

class MarkdownStories
{
public:
    explicit MarkdownStories(const QString &file) : m_file(file) { }

    Result<StorySteps> read(const QString &text);

private:
    Error errorAt(int line, const QString &message) const;
    Status readLine(const QString &line, int number);
    Result<QJsonObject> parameters(const QString &json, int number) const;
    Status readEvent(const QString &line, int number);
    Status readCheckpoint(const QString &line, int number);
    Result<Event> readUser(const QString &message, int number) const;

    QString m_file;
    StorySteps m_steps;
    std::optional<StoryStepBuilder> m_builder;
};

Error MarkdownStories::errorAt(int line, const QString &message) const
{
    const QString file = m_file.isEmpty() ? StoryReaderMessages::tr("stories") : m_file;
    return makeError(message, StoryReaderMessages::tr("%1 line %2").arg(file).arg(line));
}

Result<StorySteps> MarkdownStories::read(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    bool inComment = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = withoutComments(lines.at(i), &inComment).trimmed();
        if (line.isEmpty())
            continue;
        Status status = readLine(line, int(i + 1));
        if (!status)
            return status.error();
    }
    if (m_builder)
        m_steps += m_builder->finish();
    return std::move(m_steps);
}

Status MarkdownStories::readLine(const QString &line, int number)
{
    static const QRegularExpression formPrefix(u"^[*\\-]\\s+form: "_s);
    const bool rule = line.startsWith(">>"_L1);
    if (rule || line.startsWith(u'#')) {
        if (m_builder)
            m_steps += m_builder->finish();
        QString name = line;
        while (name.startsWith(u'#') || name.startsWith(u'>') || name.startsWith(u' '))
            name.remove(0, 1);
        m_builder.emplace(rule ? StoryStep::Kind::Rule : StoryStep::Kind::Story, name.trimmed(),
                          m_file, number);
        return {};
    }
    if (!line.startsWith(u'>') && !line.startsWith(u'-') && !line.startsWith(u'*'))
        return {}; // Rasa skips lines it does not understand
    if (!m_builder)
        return errorAt(
            number,
            StoryReaderMessages::tr("\"%1\" comes before the first story header (## name)")
                .arg(line));
    if (formPrefix.match(line).hasMatch())
        return {}; // Rasa 1.x "form: " lines are not training data
    if (line.startsWith(u'>'))
        return readCheckpoint(line.mid(1).trimmed(), number);
    if (line.startsWith(u'-'))
        return readEvent(line.mid(1).trimmed(), number);
    StoryItem item;
    const QStringList messages = line.mid(1).split(" OR "_L1);
    for (const QString &message : messages) {
        Result<Event> user = readUser(message.trimmed(), number);
        if (!user)
            return user.error();
        item.alternatives.append(*user);
    }
    m_builder->addItem(std::move(item));
    return {};
}

Result<QJsonObject> MarkdownStories::parameters(const QString &json, int number) const
{
    if (json.isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!document.isObject())
        return errorAt(number, StoryReaderMessages::tr("%1 is not a JSON object").arg(json));
    return document.object();
}

Status MarkdownStories::readEvent(const QString &line, int number)
{
    const qsizetype brace = line.indexOf(u'{');
    const QString name = (brace < 0 ? line : line.left(brace)).trimmed();
    Result<QJsonObject> params = parameters(brace < 0 ? QString() : line.mid(brace), number);
    if (!params)
        return params.error();
    if (name.isEmpty())
        return errorAt(number, StoryReaderMessages::tr("an event line needs a name"));
    for (const Event &event : StoryEvents::fromStoryString(name, *params))
        m_builder->addEvent(event);
    return {};
}

Status MarkdownStories::readCheckpoint(const QString &line, int number)
{
    const qsizetype brace = line.indexOf(u'{');
    Result<QJsonObject> conditions = parameters(brace < 0 ? QString() : line.mid(brace), number);
    if (!conditions)
        return conditions.error();
    m_builder->addCheckpoint((brace < 0 ? line : line.left(brace)).trimmed(), *conditions);
    return {};
}

Result<Event> MarkdownStories::readUser(const QString &message, int number) const
{
    // End-to-end "intent: annotated text", recognised as Rasa's test-story
    // reader does (an intent line without text never matches).
    static const QRegularExpression e2e(u"^\\s*(?:form: \\s*)*([^{}]+?)(\\{.*\\})*:\\s*(.*)$"_s);
    const QRegularExpressionMatch match = e2e.match(message);
    if (match.hasMatch()) {
        const QString intent = match.captured(1).trimmed();
        Result<AnnotatedText> annotated = Annotation::parse(match.captured(3).trimmed());
        if (!annotated)
            return errorAt(number, annotated.error().message);
        QList<Entity> entities = annotated->entities;
        if (annotated->plainText.startsWith(u'/'))
            entities = StoryEvents::parseIntentMessage(annotated->plainText).entities;
        return StoryEvents::user(intent, annotated->plainText, entities);
    }
    StoryEvents::IntentMessage parsed = StoryEvents::parseIntentMessage(message);
    if (!parsed.ok || parsed.intent.isEmpty())
        return errorAt(
            number,
            StoryReaderMessages::tr("\"%1\" is not an intent with a JSON object of entities")
                .arg(message));
    QList<Entity> entities;
    for (const Entity &entity : parsed.entities)
        entities.append(
            Entity(QJsonObject{{u"entity"_s, entity.type()}, {u"value"_s, entity.value()}}));
    return StoryEvents::user(parsed.intent, QString(), entities);
}

} // namespace

Result<StorySteps> StoryReader::readMarkdown(const QByteArray &text, const QString &fileName,
                                             const Domain * /*domain*/)
{
    QString content = QString::fromUtf8(text);
    content.remove(u'\r');
    return MarkdownStories(fileName).read(content);
}

} // namespace Coach
