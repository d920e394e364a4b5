# Generated from ui/plan_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 7758df31fd9b032de58645a46f469079e891a01cac7f6c0295f8d963023a9518
# uic: uic 6.11.3
# output-sha256: 7b07bd33f91dc8d7b0b66beee235958dbbac9643e1a59d48f2f6e85913a6d746
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_section.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_PlanSection(object):
    def setupUi(self, PlanSection):
        if not PlanSection.objectName():
            PlanSection.setObjectName(u"PlanSection")
        PlanSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(PlanSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(PlanSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(PlanSection)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.descriptionLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearLabel = QLabel(PlanSection)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(PlanSection)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterLayout.addWidget(self.yearCombo)

        self.unitLabel = QLabel(PlanSection)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(PlanSection)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumContentsLength(22)

        self.filterLayout.addWidget(self.unitCombo)

        self.monthLabel = QLabel(PlanSection)
        self.monthLabel.setObjectName(u"monthLabel")

        self.filterLayout.addWidget(self.monthLabel)

        self.monthCombo = QComboBox(PlanSection)
        self.monthCombo.setObjectName(u"monthCombo")

        self.filterLayout.addWidget(self.monthCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.sectionLayout.addLayout(self.filterLayout)

        self.planGroup = QGroupBox(PlanSection)
        self.planGroup.setObjectName(u"planGroup")
        self.planLayout = QVBoxLayout(self.planGroup)
        self.planLayout.setObjectName(u"planLayout")
        self.planButtons = QHBoxLayout()
        self.planButtons.setObjectName(u"planButtons")
        self.newButton = QPushButton(self.planGroup)
        self.newButton.setObjectName(u"newButton")

        self.planButtons.addWidget(self.newButton)

        self.editButton = QPushButton(self.planGroup)
        self.editButton.setObjectName(u"editButton")

        self.planButtons.addWidget(self.editButton)

        self.reportButton = QPushButton(self.planGroup)
        self.reportButton.setObjectName(u"reportButton")

        self.planButtons.addWidget(self.reportButton)

        self.importButton = QPushButton(self.planGroup)
        self.importButton.setObjectName(u"importButton")

        self.planButtons.addWidget(self.importButton)

        self.planSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtons.addItem(self.planSpacer)


        self.planLayout.addLayout(self.planButtons)

        self.planSplitter = QSplitter(self.planGroup)
        self.planSplitter.setObjectName(u"planSplitter")
        self.planSplitter.setOrientation(Qt.Horizontal)
        self.planSplitter.setChildrenCollapsible(False)
        self.planView = QTableView(self.planSplitter)
        self.planView.setObjectName(u"planView")
        self.planView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.planView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.planView.setAlternatingRowColors(True)
        self.planView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.planView.setWordWrap(False)
        self.planSplitter.addWidget(self.planView)
        self.planBrowser = QTextBrowser(self.planSplitter)
        self.planBrowser.setObjectName(u"planBrowser")
        self.planBrowser.setOpenLinks(False)
        self.planSplitter.addWidget(self.planBrowser)

        self.planLayout.addWidget(self.planSplitter)

        self.planLayout.setStretch(1, 1)

        self.sectionLayout.addWidget(self.planGroup)

        self.statusLabel = QLabel(PlanSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.monthLabel.setBuddy(self.monthCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.monthCombo)
        QWidget.setTabOrder(self.monthCombo, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.reportButton)
        QWidget.setTabOrder(self.reportButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.planView)
        QWidget.setTabOrder(self.planView, self.planBrowser)

        self.retranslateUi(PlanSection)
    # setupUi

    def retranslateUi(self, PlanSection):
        self.titleLabel.setText(QCoreApplication.translate("PlanSection", u"Plan operativo y presupuesto", None))
        self.descriptionLabel.setText(QCoreApplication.translate("PlanSection", u"Las actividades operativas del POI de cada unidad con sus metas f\u00edsicas de cada mes, lo que cada unidad informa que ejecut\u00f3 y el presupuesto de cada actividad (PIA, PIM, certificado y devengado) importado del reporte de SIAF (ROF art. 32: ejecutar el plan operativo y el presupuesto).", None))
        self.yearLabel.setText(QCoreApplication.translate("PlanSection", u"A&\u00f1o:", None))
        self.unitLabel.setText(QCoreApplication.translate("PlanSection", u"&Unidad:", None))
        self.monthLabel.setText(QCoreApplication.translate("PlanSection", u"Avance &al mes de:", None))
        self.planGroup.setTitle(QCoreApplication.translate("PlanSection", u"Actividades", None))
        self.newButton.setText(QCoreApplication.translate("PlanSection", u"&Nueva actividad\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PlanSection", u"&Modificar\u2026", None))
        self.reportButton.setText(QCoreApplication.translate("PlanSection", u"&Informar avance del mes\u2026", None))
        self.importButton.setText(QCoreApplication.translate("PlanSection", u"Importar &presupuesto (SIAF)\u2026", None))
#if QT_CONFIG(accessibility)
        self.planView.setAccessibleName(QCoreApplication.translate("PlanSection", u"Actividades del plan operativo", None))
#endif // QT_CONFIG(accessibility)
        self.planView.setProperty(u"emptyText", QCoreApplication.translate("PlanSection", u"No hay actividades del POI para este a\u00f1o y unidad. Agregue una con \u00abNueva actividad\u2026\u00bb (Ctrl+N).", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
