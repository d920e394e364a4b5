# Generated from ui/council_minutes_tab.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: cd1fd5be234d1073442c4130081e847599ae327bde87519bb543e6d3de2af474
# uic: uic 6.11.3
# output-sha256: b188fcd69922bcb21bc4132c970dd986a27133d54eec1521ed80851823da5e3a
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_minutes_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CouncilMinutesTab(object):
    def setupUi(self, CouncilMinutesTab):
        if not CouncilMinutesTab.objectName():
            CouncilMinutesTab.setObjectName(u"CouncilMinutesTab")
        CouncilMinutesTab.resize(700, 520)
        self.tabLayout = QVBoxLayout(CouncilMinutesTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.tabLayout.setContentsMargins(4, -1, 4, -1)
        self.minutesInfoLabel = QLabel(CouncilMinutesTab)
        self.minutesInfoLabel.setObjectName(u"minutesInfoLabel")
        self.minutesInfoLabel.setWordWrap(True)
        self.minutesInfoLabel.setTextFormat(Qt.RichText)
        self.minutesInfoLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.tabLayout.addWidget(self.minutesInfoLabel)

        self.bookWarningLabel = QLabel(CouncilMinutesTab)
        self.bookWarningLabel.setObjectName(u"bookWarningLabel")
        self.bookWarningLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.bookWarningLabel)

        self.bodyEdit = QPlainTextEdit(CouncilMinutesTab)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.tabLayout.addWidget(self.bodyEdit)

        self.bodyCounter = QLabel(CouncilMinutesTab)
        self.bodyCounter.setObjectName(u"bodyCounter")
        self.bodyCounter.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.tabLayout.addWidget(self.bodyCounter)

        self.minutesMessageLabel = QLabel(CouncilMinutesTab)
        self.minutesMessageLabel.setObjectName(u"minutesMessageLabel")
        self.minutesMessageLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.minutesMessageLabel)

        self.textButtonsLayout = QHBoxLayout()
        self.textButtonsLayout.setObjectName(u"textButtonsLayout")
        self.draftButton = QPushButton(CouncilMinutesTab)
        self.draftButton.setObjectName(u"draftButton")
        self.draftButton.setAutoDefault(False)

        self.textButtonsLayout.addWidget(self.draftButton)

        self.redraftButton = QPushButton(CouncilMinutesTab)
        self.redraftButton.setObjectName(u"redraftButton")
        self.redraftButton.setAutoDefault(False)

        self.textButtonsLayout.addWidget(self.redraftButton)

        self.saveBodyButton = QPushButton(CouncilMinutesTab)
        self.saveBodyButton.setObjectName(u"saveBodyButton")
        self.saveBodyButton.setAutoDefault(False)

        self.textButtonsLayout.addWidget(self.saveBodyButton)

        self.closeMinutesButton = QPushButton(CouncilMinutesTab)
        self.closeMinutesButton.setObjectName(u"closeMinutesButton")
        self.closeMinutesButton.setAutoDefault(False)

        self.textButtonsLayout.addWidget(self.closeMinutesButton)

        self.textButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.textButtonsLayout.addItem(self.textButtonsSpacer)


        self.tabLayout.addLayout(self.textButtonsLayout)

        self.bookButtonsLayout = QHBoxLayout()
        self.bookButtonsLayout.setObjectName(u"bookButtonsLayout")
        self.approveButton = QPushButton(CouncilMinutesTab)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setAutoDefault(False)

        self.bookButtonsLayout.addWidget(self.approveButton)

        self.registerButton = QPushButton(CouncilMinutesTab)
        self.registerButton.setObjectName(u"registerButton")
        self.registerButton.setAutoDefault(False)

        self.bookButtonsLayout.addWidget(self.registerButton)

        self.bookButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bookButtonsLayout.addItem(self.bookButtonsSpacer)

        self.printMinutesButton = QPushButton(CouncilMinutesTab)
        self.printMinutesButton.setObjectName(u"printMinutesButton")
        self.printMinutesButton.setAutoDefault(False)

        self.bookButtonsLayout.addWidget(self.printMinutesButton)


        self.tabLayout.addLayout(self.bookButtonsLayout)

        self.tabLayout.setStretch(2, 1)

        self.retranslateUi(CouncilMinutesTab)
    # setupUi

    def retranslateUi(self, CouncilMinutesTab):
        self.minutesInfoLabel.setText("")
        self.bookWarningLabel.setStyleSheet(QCoreApplication.translate("CouncilMinutesTab", u"background: #fff3cd; color: #664d03; border: 1px solid #e0b84a; border-radius: 3px; padding: 6px;", None))
        self.bookWarningLabel.setText("")
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("CouncilMinutesTab", u"El acta se redacta con los datos de la sesi\u00f3n: asistencia y qu\u00f3rum, acta anterior, cada punto, cada acuerdo con sus votos.", None))
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("CouncilMinutesTab", u"Texto del acta", None))
#endif // QT_CONFIG(accessibility)
        self.bodyCounter.setStyleSheet(QCoreApplication.translate("CouncilMinutesTab", u"color: #555;", None))
        self.bodyCounter.setText("")
        self.minutesMessageLabel.setStyleSheet(QCoreApplication.translate("CouncilMinutesTab", u"color: #a40000;", None))
        self.minutesMessageLabel.setText("")
        self.draftButton.setText(QCoreApplication.translate("CouncilMinutesTab", u"&Redactar acta", None))
#if QT_CONFIG(tooltip)
        self.draftButton.setToolTip(QCoreApplication.translate("CouncilMinutesTab", u"Redactar el acta con los datos de la sesi\u00f3n", None))
#endif // QT_CONFIG(tooltip)
        self.redraftButton.setText(QCoreApplication.translate("CouncilMinutesTab", u"Redactar de &nuevo\u2026", None))
#if QT_CONFIG(tooltip)
        self.redraftButton.setToolTip(QCoreApplication.translate("CouncilMinutesTab", u"Reemplazar el texto por uno nuevo redactado con los datos actuales de la sesi\u00f3n", None))
#endif // QT_CONFIG(tooltip)
        self.saveBodyButton.setText(QCoreApplication.translate("CouncilMinutesTab", u"&Guardar texto", None))
        self.closeMinutesButton.setText(QCoreApplication.translate("CouncilMinutesTab", u"C&errar acta\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeMinutesButton.setToolTip(QCoreApplication.translate("CouncilMinutesTab", u"El texto queda listo para leerse, aprobarse y firmarse; ya no se modifica", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("CouncilMinutesTab", u"Registrar a&probaci\u00f3n\u2026", None))
        self.registerButton.setText(QCoreApplication.translate("CouncilMinutesTab", u"Registrar en el &libro\u2026", None))
#if QT_CONFIG(tooltip)
        self.registerButton.setToolTip(QCoreApplication.translate("CouncilMinutesTab", u"Elegir el libro de actas y los folios que ocupa: recibe su n\u00famero de acta", None))
#endif // QT_CONFIG(tooltip)
        self.printMinutesButton.setText(QCoreApplication.translate("CouncilMinutesTab", u"&Imprimir acta\u2026", None))
        pass
    # retranslateUi
