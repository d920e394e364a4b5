# Generated from ui/monthly_report_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 446593fd5953e493b7db77228c3409ee3086407473e13235a9b33320b555eccf
# uic: uic 6.11.3
# output-sha256: 40e13e020c2f116fa39aa64f46d6d842899d6df3377e7faaa72f162de966b6a0
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'monthly_report_section.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_MonthlyReportSection(object):
    def setupUi(self, MonthlyReportSection):
        if not MonthlyReportSection.objectName():
            MonthlyReportSection.setObjectName(u"MonthlyReportSection")
        MonthlyReportSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(MonthlyReportSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(MonthlyReportSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(MonthlyReportSection)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.descriptionLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.yearLabel = QLabel(MonthlyReportSection)
        self.yearLabel.setObjectName(u"yearLabel")

        self.periodLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(MonthlyReportSection)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.periodLayout.addWidget(self.yearSpin)

        self.monthLabel = QLabel(MonthlyReportSection)
        self.monthLabel.setObjectName(u"monthLabel")

        self.periodLayout.addWidget(self.monthLabel)

        self.monthCombo = QComboBox(MonthlyReportSection)
        self.monthCombo.setObjectName(u"monthCombo")

        self.periodLayout.addWidget(self.monthCombo)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.sectionLayout.addLayout(self.periodLayout)

        self.summaryLabel = QLabel(MonthlyReportSection)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.sectionLayout.addWidget(self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(MonthlyReportSection)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.sectionLayout.addWidget(self.summaryEdit)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.saveButton = QPushButton(MonthlyReportSection)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.previewButton = QPushButton(MonthlyReportSection)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonsLayout.addWidget(self.previewButton)

        self.excelButton = QPushButton(MonthlyReportSection)
        self.excelButton.setObjectName(u"excelButton")

        self.buttonsLayout.addWidget(self.excelButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.sectionLayout.addLayout(self.buttonsLayout)

        self.statusLabel = QLabel(MonthlyReportSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.monthLabel.setBuddy(self.monthCombo)
        self.summaryLabel.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.monthCombo)
        QWidget.setTabOrder(self.monthCombo, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.excelButton)

        self.retranslateUi(MonthlyReportSection)
    # setupUi

    def retranslateUi(self, MonthlyReportSection):
        self.titleLabel.setText(QCoreApplication.translate("MonthlyReportSection", u"Informe mensual a la alcald\u00eda", None))
        self.descriptionLabel.setText(QCoreApplication.translate("MonthlyReportSection", u"El informe de gesti\u00f3n de cada mes (ROF art. 32: informar mensualmente a la alcald\u00eda) se arma con los datos del sistema: avance del POI, ejecuci\u00f3n del presupuesto, expedientes, cumplimiento de compromisos y documentos emitidos, con gr\u00e1ficos. Escriba abajo el resumen del gerente; la memoria de gesti\u00f3n del a\u00f1o re\u00fane los doce meses.", None))
        self.yearLabel.setText(QCoreApplication.translate("MonthlyReportSection", u"A&\u00f1o:", None))
        self.monthLabel.setText(QCoreApplication.translate("MonthlyReportSection", u"&Periodo:", None))
        self.summaryLabel.setText(QCoreApplication.translate("MonthlyReportSection", u"&Resumen de la gesti\u00f3n del periodo (lo escribe el gerente municipal):", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("MonthlyReportSection", u"Lo m\u00e1s importante del mes: lo logrado, lo que se retras\u00f3 y por qu\u00e9, lo que se har\u00e1 el mes siguiente.", None))
        self.saveButton.setText(QCoreApplication.translate("MonthlyReportSection", u"&Guardar resumen", None))
        self.previewButton.setText(QCoreApplication.translate("MonthlyReportSection", u"&Vista previa del informe (PDF)\u2026", None))
        self.excelButton.setText(QCoreApplication.translate("MonthlyReportSection", u"E&xcel\u2026", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
