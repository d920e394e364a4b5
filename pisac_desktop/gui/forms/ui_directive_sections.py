# Generated from ui/directive_sections.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: ad420614bbf12576bbf9a7ccfc75917321a11cb05c5e81c9e36bd25b64d932ab
# uic: uic 6.11.3
# output-sha256: f2c53d094a629a8150402e7c1beda6564ec711a57bd400a0275510a1e5cab0e3
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'directive_sections.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QListWidget, QListWidgetItem, QSizePolicy, QSplitter,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_DirectiveSectionsWidget(object):
    def setupUi(self, DirectiveSectionsWidget):
        if not DirectiveSectionsWidget.objectName():
            DirectiveSectionsWidget.setObjectName(u"DirectiveSectionsWidget")
        DirectiveSectionsWidget.resize(900, 520)
        self.sectionsLayout = QVBoxLayout(DirectiveSectionsWidget)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.hintLabel = QLabel(DirectiveSectionsWidget)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.sectionsLayout.addWidget(self.hintLabel)

        self.approvalForm = QFormLayout()
        self.approvalForm.setObjectName(u"approvalForm")
        self.approvalForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.approvalComboLabel = QLabel(DirectiveSectionsWidget)
        self.approvalComboLabel.setObjectName(u"approvalComboLabel")

        self.approvalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.approvalComboLabel)

        self.approvalCombo = QComboBox(DirectiveSectionsWidget)
        self.approvalCombo.setObjectName(u"approvalCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.approvalCombo.sizePolicy().hasHeightForWidth())
        self.approvalCombo.setSizePolicy(sizePolicy)
        self.approvalCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.approvalCombo.setMinimumContentsLength(40)

        self.approvalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.approvalCombo)


        self.sectionsLayout.addLayout(self.approvalForm)

        self.approvalHintLabel = QLabel(DirectiveSectionsWidget)
        self.approvalHintLabel.setObjectName(u"approvalHintLabel")
        self.approvalHintLabel.setWordWrap(True)

        self.sectionsLayout.addWidget(self.approvalHintLabel)

        self.sectionsSplitter = QSplitter(DirectiveSectionsWidget)
        self.sectionsSplitter.setObjectName(u"sectionsSplitter")
        self.sectionsSplitter.setOrientation(Qt.Horizontal)
        self.sectionsSplitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.sectionsSplitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.sectionsListLabel = QLabel(self.listPane)
        self.sectionsListLabel.setObjectName(u"sectionsListLabel")

        self.listLayout.addWidget(self.sectionsListLabel)

        self.sectionsList = QListWidget(self.listPane)
        self.sectionsList.setObjectName(u"sectionsList")
        self.sectionsList.setMinimumSize(QSize(250, 0))
        self.sectionsList.setAlternatingRowColors(True)
        self.sectionsList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.sectionsList.setWordWrap(True)

        self.listLayout.addWidget(self.sectionsList)

        self.sectionsSplitter.addWidget(self.listPane)
        self.sectionsStack = QStackedWidget(self.sectionsSplitter)
        self.sectionsStack.setObjectName(u"sectionsStack")
        self.sectionsSplitter.addWidget(self.sectionsStack)

        self.sectionsLayout.addWidget(self.sectionsSplitter)

        self.sectionsLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.approvalComboLabel.setBuddy(self.approvalCombo)
        self.sectionsListLabel.setBuddy(self.sectionsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DirectiveSectionsWidget)
    # setupUi

    def retranslateUi(self, DirectiveSectionsWidget):
        self.hintLabel.setStyleSheet(QCoreApplication.translate("DirectiveSectionsWidget", u"color: #444;", None))
        self.hintLabel.setText(QCoreApplication.translate("DirectiveSectionsWidget", u"Una directiva no lleva VISTO, CONSIDERANDO ni art\u00edculos: se compone de estas ocho secciones (las siete primeras son obligatorias) y la aprueba una Resoluci\u00f3n de Gerencia Municipal ya emitida. Escriba cada numeral en su propia l\u00ednea con el n\u00famero que lleva (5.1, 5.2, a)\u2026): se imprime tal cual.", None))
        self.approvalComboLabel.setText(QCoreApplication.translate("DirectiveSectionsWidget", u"&Aprobada por:", None))
#if QT_CONFIG(tooltip)
        self.approvalCombo.setToolTip(QCoreApplication.translate("DirectiveSectionsWidget", u"La Resoluci\u00f3n de Gerencia Municipal emitida que aprueba esta directiva (escriba su n\u00famero para buscarla)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.approvalCombo.setAccessibleName(QCoreApplication.translate("DirectiveSectionsWidget", u"Resoluci\u00f3n de Gerencia Municipal que aprueba la directiva", None))
#endif // QT_CONFIG(accessibility)
        self.approvalHintLabel.setStyleSheet(QCoreApplication.translate("DirectiveSectionsWidget", u"color: #8a5a00;", None))
        self.approvalHintLabel.setText("")
        self.sectionsListLabel.setText(QCoreApplication.translate("DirectiveSectionsWidget", u"&Lista de secciones:", None))
#if QT_CONFIG(tooltip)
        self.sectionsList.setToolTip(QCoreApplication.translate("DirectiveSectionsWidget", u"Elija la secci\u00f3n con las flechas; Tab pasa a su texto. Desde el texto, Alt+Abajo y Alt+Arriba cambian de secci\u00f3n.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sectionsList.setAccessibleName(QCoreApplication.translate("DirectiveSectionsWidget", u"Secciones de la directiva", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sectionsStack.setAccessibleName(QCoreApplication.translate("DirectiveSectionsWidget", u"Texto de la secci\u00f3n", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
