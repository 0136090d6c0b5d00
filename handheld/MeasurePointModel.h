#pragma once

#include "MeasurementJudgement.h"
#include "MeasurementSpec.h"

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace wh {

// The points of the item being measured, one row per spec point in the spec's order, as the
// measure screen lists them: code, name (in the screen's language), target and tolerance, the
// latest value and its deviation, and where the point stands (pending, current, pass, fail).
//
// The view-model drives it: setPoints() once per item (a reset), then each value and each move of
// the current point changes only the rows concerned (dataChanged), so a reading never rebuilds the
// list. GUI thread only.
class MeasurePointModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The measure view-model provides it.")

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        NameRole,      // the catalogue's name in the language; the code for an unknown point
        TargetRole,    // "720.0 mm"
        ToleranceRole, // "-5.0 / +5.0"
        ValueRole,     // "721.5 mm"; empty before a value
        DeviationRole, // "+1.5 mm"; empty before a value
        StatusRole,    // "pending", "current", "pass", "fail"
        AttemptRole,   // 0 before a value, 1 for the first, 2 for a re-measure, ...
        MeasuredRole,  // whether the point has a value
    };
    Q_ENUM(Role)

    explicit MeasurePointModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // A new item: its points, none measured, none current.
    void setPoints(const std::vector<SpecPoint> &points, const QString &language);
    // No item.
    void clear();
    // The names in another language ("ja" or "en").
    void setLanguage(const QString &language);
    // The latest value of `row` (its judgement and attempt).
    void setMeasured(int row, const PointJudgement &judgement, int attempt);
    // The row a reading goes to (-1: none).
    void setCurrentRow(int row);
    [[nodiscard]] int currentRow() const { return m_current; }

    // The row's texts, as data() gives them (for the view-model's properties).
    [[nodiscard]] QString code(int row) const;
    [[nodiscard]] QString name(int row) const;
    [[nodiscard]] QString target(int row) const;
    [[nodiscard]] QString tolerance(int row) const;
    [[nodiscard]] QString value(int row) const;
    [[nodiscard]] QString deviation(int row) const;
    [[nodiscard]] QString status(int row) const;

    // "-5.0 / +5.0" and "+1.5 mm": how tolerances and deviations are written on the screen.
    [[nodiscard]] static QString toleranceText(const SpecPoint &point);
    [[nodiscard]] static QString deviationText(qint64 tenths);

private:
    struct Row {
        SpecPoint point;
        QString name;
        std::optional<PointJudgement> judgement;
        int attempt = 0;
    };
    [[nodiscard]] bool valid(int row) const { return row >= 0 && row < static_cast<int>(m_rows.size()); }
    void rowChanged(int row, const QList<int> &roles);

    std::vector<Row> m_rows;
    int m_current = -1;
    QString m_language;
};

} // namespace wh
