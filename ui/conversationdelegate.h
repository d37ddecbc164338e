#pragma once

#include <QStyledItemDelegate>
#include <QUrl>

#include <memory>

class QTextDocument;

namespace Coach {

//! Paints the history table's Bot and You cells as wrapped rich text: user
//! messages with their entities as coloured spans (EntityPalette) and the
//! intent line, bot output with links for images, attachments and any URL.
//! A click on a link emits linkActivated().
class ConversationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDelegate)

public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    //! HTML of a user cell (text, entity spans, intent line); public for tests.
    static QString userHtml(const QModelIndex &index, const QPalette &palette);
    //! HTML of a bot cell with links.
    static QString botHtml(const QModelIndex &index, const QPalette &palette);

Q_SIGNALS:
    void linkActivated(const QUrl &url);

private:
    static bool isRich(const QModelIndex &index);
    std::unique_ptr<QTextDocument> document(const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const;
    static constexpr int Margin = 4;
};

} // namespace Coach
