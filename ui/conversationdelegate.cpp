#include "conversationdelegate.h"

#include "conversationmodel.h"
#include "entitypalette.h"

#include "model/entity.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QJsonArray>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString linkified(const QString &text)
{
    static const QRegularExpression url(uR"((https?|file)://[^\s<>"']+)"_s);
    QString out;
    qsizetype position = 0;
    auto it = url.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += escaped(text.mid(position, match.capturedStart() - position));
        const QString target = match.captured();
        out += u"<a href=\"%1\">%2</a>"_s.arg(target.toHtmlEscaped(), target.toHtmlEscaped());
        position = match.capturedEnd();
    }
    return out + escaped(text.mid(position));
}

QString colourName(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent) : QStyledItemDelegate(parent)
{ }

bool ConversationDelegate::isRich(const QModelIndex &index)
{
    return index.column() == ConversationModel::User || index.column() == ConversationModel::Bot;
}

QString ConversationDelegate::userHtml(const QModelIndex &index, const QPalette &palette)
{
    const QString text = index.data(ConversationModel::UserTextRole).toString();
    if (text.isNull())
        return {};
    QList<Entity> entities =
        entitiesFromJson(index.data(ConversationModel::EntitiesRole).toJsonArray());
    entities.removeIf([&](const Entity &e) {
        return !e.hasSpan() || *e.start() < 0 || *e.end() > text.size() || *e.start() >= *e.end();
    });
    std::stable_sort(entities.begin(), entities.end(),
                     [](const Entity &a, const Entity &b) { return *a.start() < *b.start(); });
    QString html;
    int position = 0;
    for (const Entity &entity : entities) {
        if (*entity.start() < position)
            continue; // overlaps the previous span
        html += escaped(text.mid(position, *entity.start() - position));
        QString label = entity.type();
        if (!entity.role().isEmpty())
            label += u':' + entity.role();
        if (!entity.group().isEmpty())
            label += u'#' + entity.group();
        html += u"<span style=\"background-color:%1; color:%2;\">%3"
                "<sub style=\"color:%2;\">&nbsp;%4</sub></span>"_s.arg(
                    colourName(EntityPalette::background(entity.type(), palette)),
                    colourName(palette.color(QPalette::Text)),
                    escaped(text.mid(*entity.start(), *entity.end() - *entity.start())),
                    label.toHtmlEscaped());
        position = *entity.end();
    }
    html += escaped(text.mid(position));
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(u'\n');
    html += u"<br><small>%1</small>"_s.arg(escaped(lines.constLast()));
    return html;
}

QString ConversationDelegate::botHtml(const QModelIndex &index, const QPalette &palette)
{
    Q_UNUSED(palette)
    const QString text = index.data(Qt::DisplayRole).toString();
    const auto kind =
        static_cast<HistoryRow::Kind>(index.data(ConversationModel::KindRole).toInt());
    switch (kind) {
    case HistoryRow::Kind::Action:
        return u"<span style=\"font-family:monospace;\">%1</span>"_s.arg(escaped(text));
    case HistoryRow::Kind::Bot:
        return linkified(text);
    default:
        return u"<i>%1</i>"_s.arg(escaped(text));
    }
}

std::unique_ptr<QTextDocument> ConversationDelegate::document(const QStyleOptionViewItem &option,
                                                              const QModelIndex &index) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(Margin);
    doc->setDefaultFont(option.font);
    const QString html = index.column() == ConversationModel::User ? userHtml(index, option.palette)
                                                                   : botHtml(index, option.palette);
    doc->setHtml(html);
    doc->setTextWidth(std::max(option.rect.width(), 40));
    return doc;
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    if (!isRich(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto doc = document(option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette = option.palette;
    context.palette.setColor(
        QPalette::Text,
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    doc->documentLayout()->draw(painter, context);
    painter->restore();
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    if (!isRich(index))
        return QStyledItemDelegate::sizeHint(option, index);
    const auto doc = document(option, index);
    return QSize(static_cast<int>(doc->idealWidth()), static_cast<int>(doc->size().height()));
}

bool ConversationDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                       const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease && index.column() == ConversationModel::Bot) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const auto doc = document(option, index);
        const QString anchor =
            doc->documentLayout()->anchorAt(mouse->position() - QPointF(option.rect.topLeft()));
        if (!anchor.isEmpty()) {
            Q_EMIT linkActivated(QUrl(anchor));
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Coach
